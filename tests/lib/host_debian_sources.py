#!/usr/bin/env python3
"""Prints, as one deb822 .sources text, the Debian entries of this host's apt
configuration (/etc/apt/sources.list.d/*.sources and *.list, /etc/apt/sources.list):
binary entries whose suite is RELEASE, RELEASE-updates or RELEASE-security
and whose URI path ends in /debian or /debian-security; every other
repository is dropped. With --mirror, prints only the URI of the main
archive (for debootstrap). The repository never names a host: it is read
here, at run time. Exit 1 when there is none.

usage: host_debian_sources.py [--mirror] [RELEASE]   (default bookworm)
"""
import glob
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
release = args[0] if args else "bookworm"
suites_ok = {release, release + "-updates", release + "-security"}


def debian_uri(uri):
    path = uri.rstrip("/").rsplit("/", 1)[-1]
    return uri.startswith(("http://", "https://")) and path in ("debian", "debian-security")


entries = []  # (uri, suite, components)


def add(uri, suite, comps):
    if suite in suites_ok and debian_uri(uri):
        e = (uri.rstrip("/"), suite, tuple(comps) or ("main",))
        if e not in entries:
            entries.append(e)


def deb822(text):
    for stanza in text.split("\n\n"):
        fields, key = {}, None
        for line in stanza.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line[0] in " \t" and key:
                fields[key] += " " + line.strip()
                continue
            key, _, value = line.partition(":")
            key = key.strip().lower()
            fields[key] = value.strip()
        if "deb" not in fields.get("types", "").split() or fields.get("enabled", "yes").lower() == "no":
            continue
        for uri in fields.get("uris", "").split():
            for suite in fields.get("suites", "").split():
                add(uri, suite, fields.get("components", "").split())


def one_line(text):
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if not words or words[0] != "deb":
            continue
        words = words[1:]
        if words and words[0].startswith("["):
            while words and not words[0].endswith("]"):
                words.pop(0)
            words = words[1:]
        if len(words) >= 2:
            add(words[0], words[1], words[2:])


for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    deb822(open(path).read())
for path in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    try:
        one_line(open(path).read())
    except FileNotFoundError:
        pass

if not entries:
    sys.exit(1)
if "--mirror" in sys.argv:
    main = [u for u, s, c in entries if s == release]
    if not main:
        sys.exit(1)
    print(main[0])
    sys.exit(0)
for uri, suite, comps in entries:
    # main only: the image is a main-suite debootstrap and keys come from it
    print("Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n"
          "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n" % (uri, suite))
