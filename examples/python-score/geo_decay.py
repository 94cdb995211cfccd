"""
Distance decay score

Scores a document by how close its location is to the user: the document's own score times
exp(-distance / scale), with the great-circle distance from the haversine formula.

@quidditch.udf
@quidditch.param lat: float - The user's latitude in degrees
@quidditch.param lon: float - The user's longitude in degrees
@quidditch.param scale_km: float - Distance at which the score falls to 1/e
@quidditch.returns float - The decayed score
"""
# @udf: name=python-score
# @udf: version=1.0.0
# @udf: author=quidudf
# @udf: category=geo
# @udf: tags=geo,score,example
import math

EARTH_RADIUS_KM = 6371.0


def filter(lat: float, lon: float, scale_km: float = 50.0) -> float:
    if not has_field("location.lat") or not has_field("location.lon"):
        return 0.0
    km = haversine(lat, lon, get_field_float("location.lat"), get_field_float("location.lon"))
    if get_field_bool("debug", False):
        log("distance " + str(round_to(km, 3)) + " km")
    return score() * math.exp(-km / scale_km)


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1 = math.radians(lat1)
    p2 = math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.atan2(math.sqrt(h), math.sqrt(1 - h))


def round_to(x: float, digits: int) -> float:
    k = 10.0 ** digits
    return math.floor(x * k + 0.5) / k
