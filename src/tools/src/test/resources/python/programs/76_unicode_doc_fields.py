# case: {"doc": {"_id": "réf-1", "titre": "Élan vital", "prénom": "Zoë", "tags": ["été", "hiver"], "meta": {"ville": "Zürich"}}}
# case: {"doc": {"_id": "東京-9", "titre": "東京タワー", "prénom": "Ōta"}}
# case: {"doc": {"titre": 42, "prénom": ""}}
# case: {"doc": {}}
def filter() -> int:
    titre = get_field_string("titre")
    log(titre.lower() + " " + str(len(titre)))
    log(get_document_id() + " " + str(len(get_document_id())))
    name = "pré" + "nom"
    log(get_field_string(name, "?") + " " + str(has_field(name)) + " " + str(has_field("prénom")))
    log(get_field_string("tags[0]") + " " + get_field_string("meta.ville", "-"))
    return len(titre) + (100 if has_field("titre") else 0)
