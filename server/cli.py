"""`procura-server`: the operator's command line (API.md), plus migrate, seed-demo and more."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

from app.domain.errors import RuleViolation
from server.config import ServerConfig
from server.db import Database, migrate

log = logging.getLogger("server")


def _config(args: argparse.Namespace) -> ServerConfig:
    config = ServerConfig()
    if getattr(args, "database_url", None):
        config.database_url = args.database_url
    return config


def _watch_parent(pid: int) -> None:
    """Exit when the client that started us dies, so no service is left behind."""

    def alive() -> bool:
        if os.name == "nt":  # pragma: no cover - Windows
            import ctypes

            kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            handle = kernel32.OpenProcess(0x1000, False, pid)
            if not handle:
                return False
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            kernel32.CloseHandle(handle)
            return bool(code.value == 259)  # STILL_ACTIVE
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def loop() -> None:
        while alive():
            threading.Event().wait(1.0)
        log.info("parent process %s is gone: stopping", pid)
        os._exit(0)

    threading.Thread(target=loop, name="parent-watch", daemon=True).start()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    config = _config(args)
    migrate(config.database_url)
    if args.seed_demo_if_empty:
        asyncio.run(_seed_if_empty(config))
    if args.parent_pid:
        _watch_parent(args.parent_pid)
    os.environ["PROCURA_DATABASE_URL"] = config.database_url
    if args.workers > 1:
        from uvicorn.supervisors import Multiprocess

        os.environ["PROCURA_SKIP_MIGRATIONS"] = "1"
        multi = uvicorn.Config(
            "server.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            access_log=False,
        )
        # Bound and listening here, shared by the workers: the real port is known (and
        # written) at once; connections wait in the backlog until a worker takes them.
        sock = multi.bind_socket()
        sock.listen(multi.backlog)
        if args.port_file:
            _write_port(Path(args.port_file), sock.getsockname()[1])
        with contextlib.suppress(KeyboardInterrupt):  # an interactive stop
            Multiprocess(multi, sockets=[sock]).run()
        return 0
    from server.app import create_app, freeze_startup_objects

    app = create_app(config, run_migrations=False)
    server = uvicorn.Server(
        uvicorn.Config(
            app, host=args.host, port=args.port, log_level=args.log_level, access_log=False
        )
    )
    if args.port_file:
        _write_port_when_ready(server, Path(args.port_file))
    freeze_startup_objects()
    server.run()
    return 0


def _write_port_when_ready(server: Any, path: Path) -> None:
    def wait() -> None:
        while not server.started:
            if server.should_exit:
                return
            threading.Event().wait(0.02)
        _write_port(path, server.servers[0].sockets[0].getsockname()[1])

    threading.Thread(target=wait, name="port-file", daemon=True).start()


def _write_port(path: Path, port: int) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(str(port), "utf-8")
    tmp.replace(path)


async def _seed_if_empty(config: ServerConfig) -> None:
    from sqlalchemy import func, select

    from server.models import EnterpriseRow

    db = Database(config.database_url)
    try:
        async with db.read() as s:
            count = await s.scalar(select(func.count()).select_from(EnterpriseRow))
        if not count:
            from server.demo import seed_demo

            await seed_demo(db)
    finally:
        await db.dispose()


def cmd_migrate(args: argparse.Namespace) -> int:
    migrate(_config(args).database_url)
    print("Schéma à jour.")
    return 0


def cmd_create_enterprise(args: argparse.Namespace) -> int:
    from server.provisioning import create_enterprise

    config = _config(args)
    migrate(config.database_url)

    async def run() -> dict[str, str]:
        db = Database(config.database_url)
        try:
            done = await create_enterprise(
                db,
                enterprise_id=args.id,
                name=args.name,
                neq=args.neq,
                address=args.address or "",
                rse_last_name=args.rse_last_name,
                rse_first_name=args.rse_first_name,
                rse_email=args.rse_email,
                **({"rse_phone": args.rse_phone} if args.rse_phone else {}),
            )
        finally:
            await db.dispose()
        return {
            "user_code": done.user_code,
            "temporary_password": done.temporary_password,
            "express_code": done.express_code,
        }

    try:
        result = asyncio.run(run())
    except RuleViolation as exc:
        for e in exc.errors:
            print(f"{e.field}: {e.message_fr}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result))
    else:
        print(f"Code d'utilisateur du RSE : {result['user_code']}")
        print(f"Mot de passe temporaire : {result['temporary_password']}")
        print(f"Code clicSÉQUR express : {result['express_code']}")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from server.audit import verify

    config = _config(args)

    async def run() -> int:
        db = Database(config.database_url)
        try:
            async with db.read() as s:
                verdict = await verify(s)
        finally:
            await db.dispose()
        if verdict.ok:
            print(f"Journal d'audit intègre : {verdict.rows} ligne(s) vérifiée(s).")
            return 0
        print(
            f"Journal d'audit altéré : première ligne touchée n° {verdict.first_bad_id} "
            f"({verdict.reason}).",
            file=sys.stderr,
        )
        return 1

    return asyncio.run(run())


def cmd_activate_registration(args: argparse.Namespace) -> int:
    from server.registrations_ops import activate_registration

    config = _config(args)

    async def run() -> bool:
        db = Database(config.database_url)
        try:
            done: bool = await activate_registration(db, args.enterprise, args.ministry)
            return done
        finally:
            await db.dispose()

    if asyncio.run(run()):
        print("Inscription activée.")
        return 0
    print("Aucune demande en traitement pour cette entreprise et ce ministère.", file=sys.stderr)
    return 1


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server.demo import seed_demo

    config = _config(args)
    migrate(config.database_url)

    async def run() -> dict[str, Any]:
        db = Database(config.database_url)
        try:
            result: dict[str, Any] = await seed_demo(db)
            return result
        finally:
            await db.dispose()

    result = asyncio.run(run())
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="procura-server", description="Le service Procura.")
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument(
            "--database-url",
            help="défaut : PROCURA_DATABASE_URL, sinon SQLite "
            "dans le dossier de données de la plateforme",
        )
        return sp

    s = with_db(sub.add_parser("serve", help="démarrer le service"))
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765, help="0 : un port libre")
    s.add_argument("--workers", type=int, default=1)
    s.add_argument("--port-file", help="écrire le port réel dans ce fichier une fois prêt")
    s.add_argument("--parent-pid", type=int, help="s'arrêter quand ce processus disparaît")
    s.add_argument("--seed-demo-if-empty", action="store_true")
    s.add_argument("--log-level", default="warning")
    s.set_defaults(func=cmd_serve)

    with_db(sub.add_parser("migrate", help="appliquer les migrations")).set_defaults(
        func=cmd_migrate
    )

    c = with_db(sub.add_parser("create-enterprise", help="inscrire une entreprise et son RSE"))
    c.add_argument("--id", required=True, help="numéro d'identification (10 chiffres)")
    c.add_argument("--name", required=True)
    c.add_argument("--neq")
    c.add_argument("--address")
    c.add_argument("--rse-last-name", required=True)
    c.add_argument("--rse-first-name", required=True)
    c.add_argument("--rse-email", required=True)
    c.add_argument("--rse-phone", help="téléphone (travail) du RSE, 10 chiffres")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_create_enterprise)

    with_db(
        sub.add_parser("verify-audit", help="vérifier la chaîne du journal d'audit")
    ).set_defaults(func=cmd_verify_audit)

    a = with_db(sub.add_parser("activate-registration", help="activer une inscription"))
    a.add_argument("--enterprise", required=True)
    a.add_argument("--ministry", required=True)
    a.set_defaults(func=cmd_activate_registration)

    d = with_db(sub.add_parser("seed-demo", help="charger les données de démonstration"))
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_seed_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    args = parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
