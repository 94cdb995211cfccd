"""
Text similarity filter using edit distance

@quidditch.udf
@quidditch.param query: str - Search query string
@quidditch.param threshold: int - Maximum edit distance
@quidditch.returns bool - True if match, False otherwise
"""
# @udf: name=python-filter
# @udf: version=1.0.0
# @udf: author=quidudf
# @udf: category=text
# @udf: tags=text,fuzzy,example


def filter(query: str, threshold: int = 2) -> bool:
    title = get_field_string("title")
    return levenshtein(title.lower(), query.lower()) <= threshold


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        return levenshtein(b, a)
    if len(b) == 0:
        return len(a)
    previous = [0] * (len(b) + 1)
    for j in range(len(b) + 1):
        previous[j] = j
    for i in range(len(a)):
        current = [i + 1] * (len(b) + 1)
        for j in range(len(b)):
            insert = previous[j + 1] + 1
            delete = current[j] + 1
            change = previous[j] + (0 if a[i] == b[j] else 1)
            current[j + 1] = min(insert, delete, change)
        previous = current
    return previous[len(b)]
