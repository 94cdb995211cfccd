# inside a bounding box, and the distance to its centre in km
# case: {"doc": {"lat": 48.85, "lon": 2.35}, "params": {"south": 48, "west": 2, "north": 49, "east": 3}}
# case: {"doc": {"lat": 51.5, "lon": -0.12}, "params": {"south": 48, "west": 2, "north": 49, "east": 3}}
# case: {"doc": {"lat": 49.0, "lon": 3.0}, "params": {"south": 48, "west": 2, "north": 49, "east": 3}}
import math


def filter(south: int, west: int, north: int, east: int) -> bool:
    lat = get_field_float("lat")
    lon = get_field_float("lon")
    inside = south <= lat <= north and west <= lon <= east
    clat = (south + north) / 2
    clon = (west + east) / 2
    dy = (lat - clat) * 111.32
    dx = (lon - clon) * 111.32 * math.cos(math.radians(clat))
    log(f"inside={inside} centre=({clat}, {clon}) km={math.sqrt(dx * dx + dy * dy):.1f}")
    return inside
