"""A stored file sealed with AES-GCM in chunks, so memory stays flat whatever its size.

Layout: ``MAGIC`` (8 bytes), a random nonce prefix of this file (7 bytes), then the chunks, each
``CHUNK`` bytes of content (the last one shorter, possibly empty) sealed with its 16-byte tag.
A chunk's nonce is the prefix, its number and whether it is the last, and every chunk carries
the file's content address as associated data: a chunk moved, dropped, cut at the end or swapped
in from another file fails its tag instead of reading as other content.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"LKTENC01"
PREFIX = 7
CHUNK = 64 * 1024
TAG = 16


class Unsealable(OSError):
    """A sealed file that does not open under this key: damaged, cut short, or another key."""


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def seal(key: bytes, address: str, prefix: bytes, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The sealed file's bytes, piece by piece, for content given in ``CHUNK``-sized pieces."""
    aead, aad = AESGCM(key), address.encode()
    yield MAGIC + prefix
    pending: bytes | None = None
    number = 0
    for chunk in chunks:
        if pending is not None:
            yield aead.encrypt(_nonce(prefix, number, False), pending, aad)
            number += 1
        pending = chunk
    yield aead.encrypt(_nonce(prefix, number, True), pending or b"", aad)


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def unseal(key: bytes, address: str, source: BinaryIO) -> Iterator[bytes]:
    """The content of a sealed file, chunk by chunk; ``Unsealable`` at the first bad chunk."""
    aead, aad = AESGCM(key), address.encode()
    head = source.read(len(MAGIC) + PREFIX)
    if not is_sealed(head) or len(head) < len(MAGIC) + PREFIX:
        raise Unsealable(f"stored file {address} is not sealed")
    prefix = head[len(MAGIC) :]
    block = source.read(CHUNK + TAG)
    number = 0
    while True:
        following = source.read(CHUNK + TAG) if len(block) == CHUNK + TAG else b""
        last = not following
        try:
            yield aead.decrypt(_nonce(prefix, number, last), block, aad)
        except InvalidTag:
            raise Unsealable(f"stored file {address} is damaged or under another key") from None
        if last:
            return
        block, number = following, number + 1
