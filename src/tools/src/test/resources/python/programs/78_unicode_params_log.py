# case: {"params": {"mot": "déjà vu", "n": 3}}
# case: {"params": {"mot": "Ω", "n": 0}}
# case: {"params": {"mot": "🙂🙃", "n": 2}}
# case: {"params": {"mot": "", "n": 4}}
def filter(mot: str = "défaut", n: int = 1) -> bool:
    log(mot)
    log("«" + mot + "» × " + str(n))
    log(get_param_string("mot") + "/" + str(len(get_param_string("mot"))))
    return len(mot) > n
