"""The service's tables (SQLAlchemy 2 declarative): the whole domain's persistent state."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Instants stored in UTC and always read back timezone-aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


# BigInteger ids that still autoincrement on SQLite (which only does so for INTEGER).
BigId = BigInteger().with_variant(Integer(), "sqlite")


class EnterpriseRow(Base):
    __tablename__ = "enterprises"

    id: Mapped[str] = mapped_column(String(10), primary_key=True)
    neq: Mapped[str | None] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    express_code_hash: Mapped[str | None] = mapped_column(String(255))
    express_code_state: Mapped[str] = mapped_column(String(16), default="actif")
    express_code_state_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (Index("ix_users_enterprise", "enterprise_id", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_code: Mapped[str] = mapped_column(String(7), unique=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(10))
    phone_extension: Mapped[str | None] = mapped_column(String(4))
    role: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), default="actif")
    password_hash: Mapped[str] = mapped_column(String(255))
    password_is_temporary: Mapped[bool] = mapped_column(Boolean, default=True)
    temporary_expires_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class LoginFailureRow(Base):
    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]


class RegistrationRow(Base):
    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("enterprise_id", "ministry"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"), index=True)
    ministry: Mapped[str] = mapped_column(String(32))
    requested_on: Mapped[date]
    requested_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))
    state_on: Mapped[date]
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ProcurationRow(Base):
    __tablename__ = "procurations"
    __table_args__ = (
        Index("ix_procurations_mandant", "mandant_id", "end_date"),
        Index("ix_procurations_mandataire", "mandataire_id", "end_date"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    mandant_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"))
    mandataire_id: Mapped[str | None] = mapped_column(ForeignKey("enterprises.id"))
    start_date: Mapped[date]
    end_date: Mapped[date]
    description: Mapped[str] = mapped_column(String(200), default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    rights: Mapped[list[Any]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(2), default="AC")
    state_changed_at: Mapped[datetime | None]
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AssignmentRow(Base):
    __tablename__ = "assignments"
    __table_args__ = (
        # A person holds at most one procuration of a given enterprise: the database decides
        # the race when two RSEs assign the last free user at once.
        Index(
            "uq_assignments_active_holder",
            "user_id",
            "mandant_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
        Index("ix_assignments_procuration", "procuration_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    procuration_id: Mapped[str] = mapped_column(ForeignKey("procurations.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    mandant_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"))
    start_date: Mapped[date]
    end_date: Mapped[date]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    ended_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class ReceiptRow(Base):
    __tablename__ = "receipts"
    __table_args__ = (Index("ix_receipts_enterprise_at", "enterprise_id", "transmitted_at"),)

    reference: Mapped[str] = mapped_column(String(9), primary_key=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(64))
    transmitted_at: Mapped[datetime]
    transmitted_by: Mapped[str] = mapped_column(String(210))
    recap: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MessageRow(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_enterprise_at", "enterprise_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    enterprise_id: Mapped[str] = mapped_column(ForeignKey("enterprises.id"))
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    related_id: Mapped[str | None] = mapped_column(String(64))
    # Deduplicates reminders (e.g. one «ends within 30 days» per procuration).
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime]
    read_at: Mapped[datetime | None]


class IdempotencyRow(Base):
    __tablename__ = "idempotency_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the key
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(8))  # running | done
    status_code: Mapped[int | None] = mapped_column(Integer)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(index=True)


class AuditRow(Base):
    """Append-only, hash-chained: hash = SHA-256(previous hash ‖ canonical row)."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    enterprise_id: Mapped[str | None] = mapped_column(String(10), index=True)
    actor: Mapped[str | None] = mapped_column(String(7))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(16))
    request_id: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChangeRow(Base):
    """One entry of the change feed: object `object_id` of `kind` may have changed in the view
    of `enterprise_id` (`server.changes` writes them, `GET /changes` reads them). `seq` grows
    in commit order; rows older than the retention are pruned, the newest one always kept."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_enterprise_seq", "enterprise_id", "seq"),
        # AUTOINCREMENT: a pruned seq is never handed out again (a cursor must not alias).
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    enterprise_id: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))  # created | changed | removed
    at: Mapped[datetime] = mapped_column(index=True)


# Every session of any program using these tables (the service, its commands, tests) notes the
# changes of the feed: importing the hook here (it installs itself) makes it impossible to forget.
from server import changes as _changes  # noqa: E402, F401
