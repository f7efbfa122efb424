"""A write-only, unseekable stream for python's zipfile: it then writes each
entry's sizes and CRC after the data (a data descriptor, bit 3), as
java.util.zip.ZipOutputStream does. Used by the fixture scripts."""
import io


class Unseekable(io.RawIOBase):
    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)

    def seekable(self):
        return False

    def tell(self):
        raise OSError("unseekable")
