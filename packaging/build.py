"""Build Procura's installable form for the platform this runs on (`make package` on Linux).

    .venv/bin/python packaging/build.py            # PyInstaller, then the platform's package
    .venv/bin/python packaging/build.py --no-freeze  # only repackage an existing dist/procura

- Linux: `dist/procura/` (one folder) and `dist/procura-<version>-linux-<arch>.tar.gz` with
  the folder, the .desktop file, the icons and `install.sh`.
- Windows: `dist/procura/` and, when Inno Setup's ISCC.exe is found (PATH, the `ISCC`
  variable or its default folder), `dist/procura-<version>-windows-x64-setup.exe`.
- macOS: `dist/Procura.app` and, with hdiutil, `dist/procura-<version>-macos-<arch>.dmg`.

The version is read from `pyproject.toml`; the build stops if the installed package's metadata
(copied into the bundle, read at run time by `app/version.py`) says otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "procura"
ICONS = PACKAGING / "icons"
LINUX = PACKAGING / "linux"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project_version() -> str:
    """The version written in pyproject.toml: the one place it is set."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["version"])


def check_installed_metadata(version: str) -> None:
    try:
        installed = importlib.metadata.version("procura")
    except importlib.metadata.PackageNotFoundError:
        raise SystemExit(
            "Procura n'est pas installé dans cet environnement : make install"
        ) from None
    if installed != version:
        raise SystemExit(
            f"pyproject.toml dit {version}, le paquet installé {installed} : "
            "réinstallez (make install) avant de construire."
        )


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


@contextlib.contextmanager
def one_build_at_a_time() -> Iterator[None]:
    """Several people share this working tree: a second build waits for the first rather than
    mixing files in build/ and dist/."""
    if os.name != "posix":
        yield
        return
    import fcntl

    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / "build.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("Une autre construction est en cours dans ce dossier : attente…", flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def freeze() -> None:
    """PyInstaller over packaging/procura.spec: dist/procura/ (and Procura.app on macOS)."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(PACKAGING / "procura.spec"),
    ]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 - our own build command


def _add(tar: tarfile.TarFile, path: Path, name: str, mode: int | None = None) -> None:
    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # The archive says nothing about who built it, and the files are the same for everyone.
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if mode is not None and info.isfile():
            info.mode = mode
        return info

    tar.add(path, arcname=name, filter=clean)


def linux_tarball(version: str) -> Path:
    """dist/procura-<version>-linux-<arch>.tar.gz: the folder, ready to extract and run."""
    top = f"procura-{version}"
    target = DIST / f"procura-{version}-linux-{arch()}.tar.gz"
    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        # The program first, then what install.sh puts in the desktop's menus.
        _add(tar, BUNDLE, top)
        _add(tar, LINUX / "install.sh", f"{top}/install.sh", 0o755)
        _add(tar, LINUX / "LISEZMOI.txt", f"{top}/LISEZMOI.txt", 0o644)
        _add(tar, LINUX / "procura.desktop", f"{top}/share/applications/procura.desktop", 0o644)
        for size in PNG_SIZES:
            _add(
                tar,
                ICONS / f"procura-{size}.png",
                f"{top}/share/icons/hicolor/{size}x{size}/apps/procura.png",
                0o644,
            )
        _add(tar, ICONS / "procura.svg", f"{top}/share/icons/hicolor/scalable/apps/procura.svg")
    partial.replace(target)
    return target


def find_iscc() -> str | None:
    candidates = [
        os.environ.get("ISCC", ""),
        shutil.which("ISCC") or "",
        shutil.which("iscc") or "",
        *(
            str(Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe")
            for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
        ),
    ]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def numeric_version(version: str) -> str:
    """«0.1.0rc1» → «0.1.0.0»: Windows' file version wants four numbers."""
    import re

    numbers = re.findall(r"\d+", version)[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def windows_installer(version: str) -> Path | None:
    iss = PACKAGING / "windows" / "procura.iss"
    iscc = find_iscc()
    defines = [
        f"/DAppVersion={version}",
        f"/DNumericVersion={numeric_version(version)}",
        f"/DSourceDir={BUNDLE}",
        f"/O{DIST}",
    ]
    if iscc is None:
        print(
            "Inno Setup (ISCC.exe) introuvable : installez Inno Setup 6, puis\n"
            f'  ISCC {" ".join(defines)} "{iss}"',
            file=sys.stderr,
        )
        return None
    subprocess.run([iscc, *defines, str(iss)], check=True)  # noqa: S603
    return DIST / f"procura-{version}-windows-x64-setup.exe"


def macos_disk_image(version: str) -> Path | None:
    app = DIST / "Procura.app"
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        return None
    target = DIST / f"procura-{version}-macos-{arch()}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(  # noqa: S603
        [
            hdiutil,
            "create",
            "-volname",
            "Procura",
            "-srcfolder",
            str(app),
            "-format",
            "UDZO",
            str(target),
        ],
        check=True,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-freeze", action="store_true", help="reuse dist/procura instead of running PyInstaller"
    )
    args = parser.parse_args(argv)
    version = project_version()
    check_installed_metadata(version)
    with one_build_at_a_time():
        return build(version, freeze_first=not args.no_freeze)


def build(version: str, *, freeze_first: bool) -> int:
    started = time.monotonic()
    if freeze_first:
        freeze()
    frozen_at = time.monotonic()
    if not BUNDLE.is_dir():
        raise SystemExit(f"{BUNDLE} est absent : lancez la construction sans --no-freeze")
    produced: list[Path] = [BUNDLE]
    if sys.platform.startswith("linux"):
        produced.append(linux_tarball(version))
    elif sys.platform == "win32":
        installer = windows_installer(version)
        produced += [installer] if installer else []
    elif sys.platform == "darwin":
        produced.append(DIST / "Procura.app")
        image = macos_disk_image(version)
        produced += [image] if image else []
    done = time.monotonic()
    print(
        f"Procura {version} construit en {done - started:.0f} s "
        f"(PyInstaller {frozen_at - started:.0f} s, paquet {done - frozen_at:.0f} s) :"
    )
    for path in produced:
        size = (
            sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
            if path.is_dir()
            else path.stat().st_size
        )
        print(f"  {path.relative_to(ROOT)}  ({size / 1e6:.0f} Mo)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
