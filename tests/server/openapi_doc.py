"""What openapi_check.py (drydock's own API) and harbor_check.py (the Harbor
scanner spec) share: an OpenAPI document's schemas with their
#/components/schemas/ references inlined, and its paths as regexes."""
import re


def inliner(doc):
    """a function giving a schema of doc with its references replaced"""
    schemas = doc["components"]["schemas"]

    def inline(s):
        if isinstance(s, dict):
            if "$ref" in s:
                return inline(schemas[s["$ref"].rsplit("/", 1)[1]])
            return {k: inline(v) for k, v in s.items()}
        if isinstance(s, list):
            return [inline(v) for v in s]
        return s
    return inline


def routes(doc):
    """[(regex of a documented path, its path item)]: {param} matches one segment"""
    return [(re.compile("^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path)) + "$"), item)
            for path, item in doc["paths"].items()]
