"""Render Procura's icon (packaging/icons/procura.svg) to every size and format the platforms want.

    .venv/bin/python packaging/make_icons.py          # rewrite the files in packaging/icons/
    .venv/bin/python packaging/make_icons.py --check  # exit 1 if a file is missing or differs

Qt draws the SVG (QSvgRenderer, in PySide6-Essentials); the .ico and .icns containers are
written here rather than through Qt's image plugins, which store one image per file.
The generated files are committed: building an installer must not need this step.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "procura.svg"

# Linux (hicolor theme) and the PNGs the README and the tarball use.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows: Explorer, the taskbar and the Start menu pick among these (256 stored as PNG).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS: the icon types of an .icns file and their pixel sizes (the @2x ones for Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon image in the classic .ico form (a 32-bit BMP without file header, bottom-up,
    followed by the 1-bit AND mask), which every Windows component reads."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((size + 31) // 32) * 4
    for y in range(size - 1, -1, -1):
        line = argb.constScanLine(y)
        # Format_ARGB32 is 0xAARRGGBB in native order: B, G, R, A bytes on little-endian
        # machines, which is what a 32-bit DIB stores.
        row = bytes(line)[: size * 4]
        if sys.byteorder != "little":  # pragma: no cover - no big-endian desktop left
            row = b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))
        rows.append(row)
        mask = bytearray(mask_stride)
        for x in range(size):
            if row[x * 4 + 3] == 0:  # fully transparent: mark it in the AND mask too
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = images[size]
        data = png_bytes(image) if size >= 256 else dib_bytes(image)
        entries.append((size, data))
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = []
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs.append(data)
    return directory + b"".join(blobs)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for kind, size in ICNS_TYPES
        for png in (png_bytes(images[size]),)
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generated_files() -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"SVG illisible : {SOURCE}")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    files = {ICONS / f"procura-{size}.png": png_bytes(images[size]) for size in PNG_SIZES}
    files[ICONS / "procura.ico"] = ico_bytes(images)
    files[ICONS / "procura.icns"] = icns_bytes(images)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare instead of writing; exit 1 on a difference"
    )
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    files = generated_files()
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"à régénérer : {path.relative_to(ICONS.parent.parent)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_bytes(files[path])
        print(f"écrit : {path.relative_to(ICONS.parent.parent)} ({len(files[path])} octets)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
