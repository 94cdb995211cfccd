# case: {"doc": {"title": "hello", "n": 4, "_id": "d1", "_score": 1.5}, "params": {"word": "hello"}}
# case: {"doc": {"title": "bye"}, "params": {"word": "hello"}}
# case: {"doc": {}, "params": {}}
"""Quidditch's style: host functions declared as stubs, the entry not named filter."""


def udf_main() -> bool:
    title = get_field_string("title")
    if not title:
        return False
    word = get_param_string("word")
    n = get_field_int("n")
    log("checking " + get_document_id())
    return title == word and n + get_score() > 5.0


def get_field_string(field_name: str) -> str:
    """Get a string field from the current document."""
    pass  # Implemented by host


def get_field_int(field_name: str) -> int:
    pass


def get_param_string(param_name: str) -> str:
    pass


def get_document_id() -> str:
    pass


def get_score() -> float:
    pass


def log(message: str) -> None:
    pass
