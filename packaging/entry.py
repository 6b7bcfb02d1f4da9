"""The frozen program's entry point: the same `main()` as the `procura` command of a pip install.

`ui.main.main` also runs the embedded service when called as `procura --serve-embedded …`
(the frozen program has no Python to run `-m server.cli` with) and the `--self-test`.
"""

from ui.main import main

if __name__ == "__main__":
    raise SystemExit(main())
