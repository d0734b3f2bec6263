"""Store fixtures: every store test runs on SQLite and on a throwaway PostgreSQL + PostGIS.

The PostgreSQL server is started once per session from the local binaries
(``initdb``/``pg_ctl`` on PATH or under /usr/lib/postgresql/*/bin), listening
only on a Unix socket in a temporary directory, and stopped at the end. As
root it runs as the ``postgres`` user (PostgreSQL refuses to run as root).
Without those binaries or PostGIS, the PostgreSQL cases are skipped and say why.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import PostgresServer, bindir

from sitrep.store import Store, open_store


def _start_server() -> PostgresServer:
    found = bindir()
    if found is None:
        pytest.skip("PostgreSQL tests need initdb/pg_ctl (apt-get install postgresql)")
    user = None
    root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL cannot run as root and there is no 'postgres' user")
        os.chown(root, account.pw_uid, account.pw_gid)
        user = "postgres"
    server = PostgresServer(found, root, user)
    try:
        server.start()
    except subprocess.CalledProcessError as err:
        shutil.rmtree(root, ignore_errors=True)
        output = (err.stderr or b"").decode(errors="replace").strip()
        pytest.skip(f"a local PostgreSQL server could not be started: {output or err}")
    import psycopg

    try:
        server.execute("postgres", "CREATE DATABASE sitrep_template")
        server.execute("sitrep_template", "CREATE EXTENSION postgis")
    except psycopg.Error as err:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostGIS is not available ({err}); apt-get install postgresql-15-postgis-3")
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = _start_server()
    yield server
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database of each back end: a file path or a postgresql:// URL."""
    if request.param == "sqlite":
        return str(tmp_path / "sitrep.db")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
