"""Demo data: Les Champions inc. of the procedure, and an accounting firm with 300 clients.

Everything here is invented (names, numbers, addresses), except what the procedure itself shows
(Les Champions inc., 1006237700, its head office, François Grégoire, Vanessa Turcotte EXG97HL,
Sharron McReady, the list of procurations). Dates are relative to today so the demo always has
procurations that end soon, some already échues, and some refused or revoked.
"""

from __future__ import annotations

import asyncio
import random
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.domain import catalogue
from app.domain.common import ProcurationState, ProcurationType, RegistrationState
from app.receipts.french import QUEBEC
from server import audit, notify
from server.db import Database
from server.models import (
    AssignmentRow,
    EnterpriseRow,
    MessageRow,
    ProcurationRow,
    ReceiptRow,
    RegistrationRow,
    UserRow,
)
from server.security import hash_password

CHAMPIONS_ID = "1006237700"
FIRM_ID = "1164829357"
BAKERY_ID = "1171035577"

CHAMPIONS = "Les Champions inc."
FIRM = "Gagnon Comptables CPA inc."
BAKERY = "Boulangerie du Vieux-Port inc."

# (role shown in the README, user code, password): fixed so the README can list them. The
# passwords are long, memorable, and absent from the list of common passwords.
SIGN_INS: list[tuple[str, str, str]] = [
    ("RSE — Les Champions inc.", "FGR97HL", "Halocarbures-Champions"),
    ("Utilisatrice — Les Champions inc.", "EXG97HL", "Vanessa-Phosphore-2019"),
    ("RSE — Gagnon Comptables CPA inc. (mandataire)", "MGA42CP", "Cabinet-Gagnon-Mandataire"),
    ("Utilisateur — Gagnon Comptables CPA inc.", "ABE63RG", "Bergeron-Dossiers-Clients"),
    ("RSE — Boulangerie du Vieux-Port inc. (cliente du cabinet)", "BVP58TR", "Pain-Frais-du-Matin"),
]
_PASSWORDS = {code: password for _, code, password in SIGN_INS}

SEED = 20191129  # the procedure's start date: the same demo every time


@dataclass(slots=True)
class Person:
    code: str
    last_name: str
    first_name: str
    role: str = "utilisateur"
    state: str = "actif"


CHAMPIONS_PEOPLE = [
    Person("FGR97HL", "Grégoire", "François", "rse"),
    Person("ITR45MB", "Tremblay", "Isabelle", "rse"),
    Person("EXG97HL", "Turcotte", "Vanessa"),
    Person("SMC52RD", "McReady", "Sharron"),
    Person("MAG73NE", "Gagné", "Marc-André"),
    Person("JBU28CH", "Bouchard", "Julie"),
    Person("PRY64XK", "Roy", "Patrick"),
    Person("NCT39VE", "Côté", "Nathalie"),
    Person("SPE85LT", "Pelletier", "Sylvain"),
    Person("GLA47VZ", "Lavoie", "Geneviève"),
    Person("EFT92NK", "Fortin", "Éric"),
    Person("KLE34WP", "Lévesque", "Karine"),
    Person("MSM76DF", "Simard", "Mathieu"),
    Person("CMR26SU", "Morin", "Chantal", state="suspendu"),
    Person("LGA58RV", "Gauthier", "Luc", state="revoque"),
]
FIRM_PEOPLE = [
    Person("MGA42CP", "Gagnon", "Mélanie", "rse"),
    Person("ABE63RG", "Bergeron", "Alexandre"),
    Person("CLB47TN", "Leblanc", "Catherine"),
    Person("MGR82DS", "Girard", "Maxime"),
    Person("SOU35KL", "Ouellet", "Sophie"),
    Person("JDS69WR", "Desjardins", "Jonathan"),
    Person("ECR24HM", "Caron", "Émilie"),
    Person("OBL57PZ", "Bélanger", "Olivier"),
    Person("KPQ93FJ", "Paquette", "Karine"),
]
BAKERY_PEOPLE = [
    Person("BVP58TR", "Vachon-Poulin", "Béatrice", "rse"),
    Person("LMR36GH", "Marcoux", "Louis"),
]

# The procedure's list of Les Champions' procurations: (description, rights, days from today
# to the end, state, holder). Rights: {ministry: services} ([] = sans restriction).
CHAMPIONS_PROCURATIONS: list[tuple[str, dict[str, list[str]], int, str, str | None]] = [
    ("Bilan de phosphore", {"MELCC": ["PHOS-TRANS"]}, 18, "AC", "JBU28CH"),
    ("GES", {"MELCC": ["GES-DECL"]}, 400, "AC", "PRY64XK"),
    ("GES et GPE", {"MELCC": ["GES-DECL", "GPE-DECL"]}, -20, "AC", "NCT39VE"),
    ("Gestion des halocarbures", {"MELCC": ["HALO-DECL"]}, 785, "AC", "EXG97HL"),
    (
        "IQÉA - Exploitant et Vérificateur",
        {"MELCC": ["IQEA-EXP", "IQEA-VER"]},
        25,
        "AC",
        "SPE85LT",
    ),
    ("MAMH - Générale", {"MAMH": []}, 500, "AC", "GLA47VZ"),
    ("MAMH - SIGAT", {"MAMH": ["MAMH-SIGAT"]}, 300, "AC", "EFT92NK"),
    ("MAMH - Territoires", {"MAMH": ["MAMH-TERR"]}, -5, "AC", None),
    ("MELCC - Générale", {"MELCC": []}, 700, "AC", "ITR45MB"),
    ("Pesticide", {"MELCC": ["PEST-DECL"]}, 200, "RV", None),
    ("Phosphore et GPE", {"MELCC": ["PHOS-TRANS", "GPE-DECL"]}, 9, "AC", "SMC52RD"),
    ("SAAQ", {"SAAQ": []}, 150, "AC", "MAG73NE"),
    ("SOMAEU", {"MELCC": ["SOMAEU-SAISIE"]}, -60, "AC", None),
    ("SOMAEU et Halocarbures", {"MELCC": ["SOMAEU-SAISIE", "HALO-DECL"]}, 365, "AC", None),
    (
        "SOMAEU et Territoires",
        {"MELCC": ["SOMAEU-SAISIE"], "MAMH": ["MAMH-TERR"]},
        420,
        "AC",
        None,
    ),
    ("Transmettre un bilan de phosphore", {"MELCC": ["PHOS-TRANS"]}, 28, "AC", None),
]

# What a client may ask its accountant to do, by ministry: (description, services).
CLIENT_MANDATES: dict[str, list[tuple[str, list[str]]]] = {
    "RQ": [
        ("Déclarations TPS/TVQ", ["RQ-TVQ-DECL"]),
        ("Taxes et paiements", ["RQ-TVQ-DECL", "RQ-TVQ-PAIE"]),
        ("Retenues à la source", ["RQ-RETEN"]),
        ("Impôt des sociétés", ["RQ-IMPOT"]),
        ("Mandat fiscal complet", []),
    ],
    "CNESST": [
        ("Déclaration des salaires", ["CNESST-DECL"]),
        ("Dossier de cotisation", ["CNESST-COT", "CNESST-DECL"]),
    ],
    "REQ": [("Mise à jour annuelle", ["REQ-DECL"]), ("Registraire", [])],
    "EQS": [("Équité salariale", ["EQS-DEC"])],
    "MELCC": [("Déclarations environnementales", ["HALO-DECL", "PEST-DECL"])],
    "SAAQ": [("SAAQclic Commerçants", ["SAAQ-IMMAT", "SAAQ-HIST"])],
}
# The firm's own files (its own taxes and registrations): (description, ministry, services).
FIRM_OWN: list[tuple[str, str, list[str]]] = [
    ("Déclarations TPS/TVQ du cabinet", "RQ", ["RQ-TVQ-DECL"]),
    ("Retenues à la source du cabinet", "RQ", ["RQ-RETEN"]),
    ("Impôt du cabinet", "RQ", ["RQ-IMPOT"]),
    ("Taxes et paiements du cabinet", "RQ", ["RQ-TVQ-DECL", "RQ-TVQ-PAIE"]),
    ("Registraire — mise à jour annuelle", "REQ", ["REQ-DECL"]),
]
REFUSALS = [
    "Nous ne tenons plus les livres de cette entreprise depuis la fin de l'exercice.",
    "Ce mandat ne figure pas à notre lettre de mission : communiquez avec nous.",
    "Procuration en double : nous en détenons déjà une pour ces services.",
]

KINDS = [
    "Boulangerie",
    "Garage",
    "Quincaillerie",
    "Transport",
    "Érablière",
    "Ferme",
    "Construction",
    "Plomberie",
    "Électricité",
    "Restaurant",
    "Clinique dentaire",
    "Imprimerie",
    "Pharmacie",
    "Menuiserie",
    "Toitures",
    "Excavation",
    "Paysagement",
    "Boucherie",
    "Fromagerie",
    "Vignoble",
    "Microbrasserie",
    "Salon de coiffure",
    "Atelier mécanique",
    "Déneigement",
    "Pourvoirie",
    "Librairie",
    "Traiteur",
    "Entrepôts",
    "Distribution",
    "Services informatiques",
]
SURNAMES = [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Bergeron",
    "Leblanc",
    "Paquette",
    "Girard",
    "Simard",
    "Boucher",
    "Caron",
    "Beaulieu",
    "Cloutier",
    "Dubé",
    "Poirier",
    "Fournier",
    "Lapointe",
    "Leclerc",
    "Lefebvre",
    "Poulin",
    "Thibault",
    "St-Pierre",
    "Nadeau",
    "Martin",
    "Landry",
    "Martel",
    "Bédard",
    "Grenier",
    "Lessard",
    "Bernier",
    "Richard",
    "Michaud",
    "Hébert",
    "Couture",
    "Lachance",
    "Parent",
    "Blais",
    "Gosselin",
    "Savard",
    "Proulx",
    "Beaudoin",
    "Demers",
    "Perron",
    "Boivin",
    "Champagne",
    "Vallée",
    "Labbé",
]
FIRST_NAMES = [
    "Marie",
    "Jean",
    "Sylvie",
    "Pierre",
    "Chantal",
    "Michel",
    "Nathalie",
    "André",
    "Isabelle",
    "Luc",
    "Josée",
    "Stéphane",
    "Caroline",
    "Martin",
    "Annie",
    "Sébastien",
    "Mélanie",
    "François",
    "Valérie",
    "Simon",
    "Audrey",
    "Guillaume",
    "Julie",
    "Denis",
    "Manon",
    "Yves",
    "Catherine",
    "Philippe",
    "Émilie",
    "Benoît",
]
REGIONS = [
    "du Vieux-Québec",
    "de la Beauce",
    "du Saguenay",
    "de Charlevoix",
    "des Laurentides",
    "de l'Estrie",
    "du Bas-Saint-Laurent",
    "de la Mauricie",
    "de Lanaudière",
    "de l'Outaouais",
    "de la Gaspésie",
    "du Lac-Saint-Jean",
    "de Kamouraska",
    "de Portneuf",
    "de Lotbinière",
    "des Appalaches",
    "de Bellechasse",
    "de la Côte-Nord",
    "de l'Abitibi",
    "des Îles",
]
SUFFIXES = ["inc.", "inc.", "ltée", "s.e.n.c.", "enr."]
CITIES = [
    ("Québec (Québec)", "G1"),
    ("Lévis (Québec)", "G6"),
    ("Saguenay (Québec)", "G7"),
    ("Trois-Rivières (Québec)", "G8"),
    ("Sherbrooke (Québec)", "J1"),
    ("Gatineau (Québec)", "J8"),
    ("Rimouski (Québec)", "G5"),
    ("Saint-Georges (Québec)", "G5"),
    ("Montréal (Québec)", "H2"),
    ("Laval (Québec)", "H7"),
]
STREETS = [
    "rue Principale",
    "boulevard Laurier",
    "rue Saint-Jean",
    "chemin du Roy",
    "rue des Érables",
    "avenue de la Gare",
    "rue Racine",
    "boulevard Talbot",
    "rang Saint-Joseph",
    "rue du Moulin",
]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _email(person: Person, domain: str) -> str:
    local = f"{person.first_name}.{person.last_name}".replace(" ", "")
    return f"{_ascii(local)}@{domain}"


_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_DIGITS = "23456789"


def _code(rng: random.Random, taken: set[str]) -> str:
    while True:
        code = (
            "".join(rng.choice(_LETTERS) for _ in range(3))
            + "".join(rng.choice(_DIGITS) for _ in range(2))
            + "".join(rng.choice(_LETTERS) for _ in range(2))
        )
        if code not in taken:
            taken.add(code)
            return code


def _at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A moment of a Québec working day, in UTC as the database keeps it."""
    return datetime.combine(day, time(hour, minute), tzinfo=QUEBEC).astimezone(UTC)


def _rights(spec: dict[str, list[str]]) -> list[dict[str, Any]]:
    """{ministry: services} → stored rights; no services means «Sans restriction»."""
    return [
        {
            "ministry": m,
            "access": "restricted" if services else "unrestricted",
            "services": list(services),
        }
        for m, services in spec.items()
    ]


@dataclass
class _Seed:
    """What the seed builds, before it is written in one transaction."""

    today: date
    rng: random.Random
    hashes: dict[str, str]
    other_hash: str
    express_hash: str
    enterprises: list[EnterpriseRow] = field(default_factory=list)
    users: list[UserRow] = field(default_factory=list)
    registrations: list[RegistrationRow] = field(default_factory=list)
    procurations: list[ProcurationRow] = field(default_factory=list)
    assignments: list[tuple[AssignmentRow, UserRow]] = field(default_factory=list)
    # Each receipt with its author, whose id is known only once users are written.
    receipts: list[tuple[ReceiptRow, UserRow]] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    rse_of: dict[str, UserRow] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    # ---- builders ----------------------------------------------------------------------------

    def enterprise(self, eid: str, name: str, address: str) -> None:
        self.names[eid] = name
        self.enterprises.append(
            EnterpriseRow(
                id=eid,
                neq=eid,
                name=name,
                address=address,
                express_code_hash=self.express_hash,
                express_code_state="actif",
                express_code_state_on=self.today - timedelta(days=400),
                created_at=_at(self.today - timedelta(days=3000)),
            )
        )

    def people(self, eid: str, people: list[Person], domain: str, since: date) -> list[UserRow]:
        rows = []
        for i, p in enumerate(people):
            self.codes.add(p.code)
            row = UserRow(
                user_code=p.code,
                enterprise_id=eid,
                last_name=p.last_name,
                first_name=p.first_name,
                email=_email(p, domain),
                phone=f"514522{6600 + i:04d}",
                phone_extension=str(1200 + i) if i % 3 == 0 else None,
                role=p.role,
                state=p.state,
                password_hash=self.hashes.get(p.code, self.other_hash),
                password_is_temporary=False,
                temporary_expires_at=None,
                password_changed_at=_at(since),
                created_at=_at(since + timedelta(days=i)),
                version=1,
            )
            rows.append(row)
            self.users.append(row)
            if p.role == "rse" and eid not in self.rse_of:
                self.rse_of[eid] = row
        return rows

    def reference(self, fixed: str | None = None) -> str:
        if fixed and fixed not in self.references:
            self.references.add(fixed)
            return fixed
        while True:
            ref = f"{self.rng.randrange(1_000_000_000):09d}"
            if ref not in self.references:
                self.references.add(ref)
                return ref

    def receipt(
        self,
        eid: str,
        kind: str,
        recap: dict[str, Any],
        when: datetime,
        by: UserRow | None = None,
        fixed: str | None = None,
    ) -> None:
        author = by or self.rse_of[eid]
        row = ReceiptRow(
            reference=self.reference(fixed),
            enterprise_id=eid,
            user_id=None,
            kind=kind,
            transmitted_at=when,
            transmitted_by=f"{author.first_name} {author.last_name}",
            recap=recap,
        )
        self.receipts.append((row, author))

    def registration(
        self, eid: str, ministry: str, requested: date, state: str, state_on: date
    ) -> RegistrationRow:
        from server.routes.registrations import registration_recap

        m = catalogue.by_code()[ministry]
        answers = {q.code: ("oui" if q.kind == "yes_no" else "") for q in m.questions}
        row = RegistrationRow(
            enterprise_id=eid,
            ministry=ministry,
            requested_on=requested,
            requested_at=_at(requested, 9, 30),
            state=RegistrationState.EN_TRAITEMENT.value,
            state_on=requested,
            answers=answers,
        )
        self.receipt(
            eid,
            "registration.create",
            registration_recap(
                "Inscription à des services électroniques",
                "Registration to online services",
                m,
                row,
            ),
            row.requested_at,
        )
        row.state = state
        row.state_on = state_on
        if state == RegistrationState.DESACTIVE.value:
            self.receipt(
                eid,
                "registration.delete",
                registration_recap(
                    "Désinscription des services électroniques",
                    "Withdrawal from online services",
                    m,
                    row,
                ),
                _at(state_on, 11),
            )
        self.registrations.append(row)
        return row

    def procuration(
        self,
        mandant: str,
        description: str,
        rights: list[dict[str, Any]],
        start: date,
        end: date,
        *,
        mandataire: str | None = None,
    ) -> ProcurationRow:
        from server.routes.procurations import procuration_recap

        p = ProcurationRow(
            id=f"{self.rng.getrandbits(128):032x}",
            type=(ProcurationType.EXTERNE if mandataire else ProcurationType.INTERNE).value,
            mandant_id=mandant,
            mandataire_id=mandataire,
            start_date=start,
            end_date=end,
            description=description,
            remark="",
            rights=rights,
            state=ProcurationState.AC.value,
            state_changed_at=_at(start),
            refusal_reason=None,
            version=1,
            created_at=_at(start, 10, self.rng.randrange(60)),
            created_by=None,
        )
        mandataire_name = self.names.get(mandataire) if mandataire else None
        self.receipt(
            mandant,
            "procuration.create",
            procuration_recap(
                "Ajout d'une procuration", "New procuration", p, mandataire_name, start
            ),
            p.created_at,
        )
        self.procurations.append(p)
        return p

    def assign(
        self,
        p: ProcurationRow,
        holders: list[UserRow],
        *,
        active: bool = True,
        fixed_reference: str | None = None,
    ) -> None:
        from server.routes.assignments import assignment_table
        from server.routes.procurations import procuration_recap

        start = max(p.start_date, p.created_at.date())
        made = []
        for user in holders:
            a = AssignmentRow(
                procuration_id=p.id,
                user_id=0,
                mandant_id=p.mandant_id,
                start_date=start,
                end_date=p.end_date,
                active=active,
                ended_at=None if active else _at(min(p.end_date, self.today)),
                created_at=p.created_at + timedelta(hours=1),
            )
            self.assignments.append((a, user))
            made.append((a, user))
        assigning = p.mandataire_id or p.mandant_id
        self.receipt(
            assigning,
            "assignment.create",
            procuration_recap(
                "Assignation d'une procuration",
                "Assignment of a procuration",
                p,
                self.names.get(p.mandataire_id or ""),
                start,
                assignment_table(made),
            ),
            p.created_at + timedelta(hours=1),
            fixed=fixed_reference,
        )

    def end(self, p: ProcurationRow, state: ProcurationState, when: date, reason: str = "") -> None:
        from server.routes.procurations import procuration_recap

        p.state = state.value
        p.state_changed_at = _at(when, 15)
        p.version = 2
        if state is ProcurationState.RF:
            p.refusal_reason = reason
            assert p.mandataire_id
            self.receipt(
                p.mandataire_id,
                "procuration.refuse",
                procuration_recap(
                    "Refus d'une procuration",
                    "Refusal of a procuration",
                    p,
                    self.names.get(p.mandataire_id),
                    when,
                ),
                p.state_changed_at,
            )
        else:
            self.receipt(
                p.mandant_id,
                "procuration.revoke",
                procuration_recap(
                    "Révocation d'une procuration",
                    "Revocation of a procuration",
                    p,
                    self.names.get(p.mandataire_id or ""),
                    when,
                ),
                p.state_changed_at,
            )


def _result(skipped: bool = False) -> dict[str, Any]:
    return {
        "sign_ins": [
            {"role": role, "user_code": code, "password": password}
            for role, code, password in SIGN_INS
        ],
        "enterprises": {
            "champions": CHAMPIONS_ID,
            "firm": FIRM_ID,
            "bakery": BAKERY_ID,
        },
        "skipped": skipped,
    }


async def seed_demo(db: Database) -> dict[str, Any]:
    """Load the demo in one transaction; a second call finds it there and changes nothing.
    Returns the demo sign-ins (`sign_ins`: role, user_code, password)."""
    async with db.read() as s:
        if await s.get(EnterpriseRow, CHAMPIONS_ID) is not None:
            return _result(skipped=True)
        taken_ids = set((await s.scalars(select(EnterpriseRow.id))).all())
        taken_codes = set((await s.scalars(select(UserRow.user_code))).all())
        taken_refs = set((await s.scalars(select(ReceiptRow.reference))).all())
    # Each distinct password is hashed once (argon2 is slow on purpose), in parallel.
    distinct = sorted(set(_PASSWORDS.values()))
    # The other users' passwords and the express codes: one random secret nobody knows.
    hashed = await asyncio.gather(
        *(hash_password(p) for p in distinct), hash_password(secrets.token_urlsafe(24))
    )
    by_password = dict(zip(distinct, hashed[:-1], strict=True))
    seed = _Seed(
        today=notify.today(),
        rng=random.Random(SEED),  # noqa: S311 - repeatable invented data, no secret
        hashes={code: by_password[pw] for code, pw in _PASSWORDS.items()},
        other_hash=hashed[-1],
        express_hash=hashed[-1],
    )
    seed.codes |= taken_codes
    seed.references |= taken_refs
    _build(seed, taken_ids)
    await _write(db, seed)
    return _result()


def _build(seed: _Seed, taken_ids: set[str]) -> None:
    today, rng = seed.today, seed.rng
    years_ago = today - timedelta(days=6 * 365)

    # ---- Les Champions inc. ------------------------------------------------------------------
    seed.enterprise(
        CHAMPIONS_ID,
        CHAMPIONS,
        "675, boul. René-Lévesque Est, bureau 500, 3e étage, boîte 11, Québec (Québec) G1R 5V7",
    )
    seed.enterprise(FIRM_ID, FIRM, "2875, boulevard Laurier, bureau 900, Québec (Québec) G1V 2M2")
    seed.enterprise(BAKERY_ID, BAKERY, "84, rue Dalhousie, Québec (Québec) G1K 4C2")
    champions = {
        u.user_code: u
        for u in seed.people(CHAMPIONS_ID, CHAMPIONS_PEOPLE, "leschampions.com", years_ago)
    }
    firm = seed.people(FIRM_ID, FIRM_PEOPLE, "gagnoncpa.ca", years_ago)
    firm_staff = firm[1:]
    bakery = seed.people(BAKERY_ID, BAKERY_PEOPLE, "boulangerievieuxport.ca", years_ago)
    from server.routes.users import user_recap

    for code, fixed in (("SMC52RD", "605579971"), ("EXG97HL", None)):
        u = champions[code]
        seed.receipt(
            CHAMPIONS_ID,
            "user.create",
            user_recap("Création du dossier d'un utilisateur", "Creation of a user record", u),
            u.created_at,
            fixed=fixed,
        )

    seed.registration(CHAMPIONS_ID, "MELCC", date(2011, 6, 15), "actif", date(2011, 6, 16))
    seed.registration(CHAMPIONS_ID, "SAAQ", date(2011, 9, 14), "actif", date(2011, 10, 5))
    seed.registration(CHAMPIONS_ID, "MAMH", date(2011, 6, 7), "actif", date(2011, 6, 7))
    seed.registration(CHAMPIONS_ID, "ZE", date(2016, 2, 24), "desactive", date(2016, 2, 24))
    pending = today - timedelta(days=1)
    seed.registration(CHAMPIONS_ID, "CNESST", pending, "en_traitement", pending)

    for description, spec, end_in, state, holder in CHAMPIONS_PROCURATIONS:
        end = today + timedelta(days=end_in)
        if description == "Gestion des halocarbures":
            # The procedure's: started some months ago, ends nine days before its limit.
            start = today - timedelta(days=300)
            end = start + timedelta(days=3 * 365 - 9)
        else:
            start = min(today - timedelta(days=15), end - timedelta(days=rng.randrange(300, 900)))
        p = seed.procuration(CHAMPIONS_ID, description, _rights(spec), start, end)
        if holder:
            fixed = "002909985" if holder == "EXG97HL" else None
            seed.assign(p, [champions[holder]], active=end >= today, fixed_reference=fixed)
        if state == "RV":
            seed.end(p, ProcurationState.RV, today - timedelta(days=12))

    # Les Champions also hire the firm for their halocarbons declaration (external).
    ext = seed.procuration(
        CHAMPIONS_ID,
        "Gestion des halocarbures — consultant",
        _rights({"MELCC": ["HALO-DECL"]}),
        today - timedelta(days=40),
        today + timedelta(days=600),
        mandataire=FIRM_ID,
    )
    seed.assign(ext, [firm_staff[0]])

    # ---- the firm's registrations, and the bakery (the second small client) ------------------
    seed.registration(FIRM_ID, "RQ", date(2014, 3, 3), "actif", date(2014, 3, 4))
    seed.registration(FIRM_ID, "REQ", date(2014, 3, 3), "actif", date(2014, 3, 3))
    seed.registration(BAKERY_ID, "RQ", date(2018, 5, 22), "actif", date(2018, 5, 23))
    seed.registration(BAKERY_ID, "CNESST", date(2018, 5, 22), "actif", date(2018, 5, 24))
    bakery_ext = seed.procuration(
        BAKERY_ID,
        "Taxes et paiements",
        [
            {"ministry": "RQ", "access": "restricted", "services": ["RQ-TVQ-DECL", "RQ-TVQ-PAIE"]},
            {"ministry": "CNESST", "access": "restricted", "services": ["CNESST-DECL"]},
        ],
        today - timedelta(days=700),
        today + timedelta(days=45),
        mandataire=FIRM_ID,
    )
    seed.assign(bakery_ext, [firm_staff[1]])
    seed.procuration(
        BAKERY_ID,
        "Déclaration des salaires",
        _rights({"CNESST": ["CNESST-DECL"]}),
        today - timedelta(days=100),
        today + timedelta(days=265),
    )
    seed.assign(seed.procurations[-1], [bakery[1]])

    # ---- 300 clients of the firm ---------------------------------------------------------------
    taken_ids |= {CHAMPIONS_ID, FIRM_ID, BAKERY_ID}
    names: set[str] = {CHAMPIONS, FIRM, BAKERY}
    for i in range(300):
        while True:
            eid = rng.choice(("11", "22", "33")) + f"{rng.randrange(10**8):08d}"
            if eid not in taken_ids:
                taken_ids.add(eid)
                break
        while True:
            kind = rng.choice(KINDS)
            tail = rng.choice(SURNAMES) if rng.random() < 0.65 else rng.choice(REGIONS)
            name = f"{kind} {tail} {rng.choice(SUFFIXES)}"
            if name not in names:
                names.add(name)
                break
        city, prefix = rng.choice(CITIES)
        postal = (
            f"{prefix}{rng.choice('ABCEGHJKLMNPRSTVXY')} "
            f"{rng.randrange(10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
        )
        seed.enterprise(
            eid, name, f"{rng.randrange(10, 9999)}, {rng.choice(STREETS)}, {city} {postal}"
        )
        person = Person(
            _code(rng, seed.codes), rng.choice(SURNAMES), rng.choice(FIRST_NAMES), "rse"
        )
        domain = _ascii(name.split(" ")[0]) + f"{i}.example.ca"
        seed.people(eid, [person], domain, today - timedelta(days=rng.randrange(800, 3000)))

        ministries = [
            "RQ",
            *rng.sample(["CNESST", "REQ", "EQS", "MELCC", "SAAQ"], rng.randrange(0, 3)),
        ]
        for m in ministries:
            asked = today - timedelta(days=rng.randrange(900, 3000))
            seed.registration(eid, m, asked, "actif", asked + timedelta(days=rng.randrange(0, 3)))
        if rng.random() < 0.08:
            asked = today - timedelta(days=rng.randrange(0, 3))
            seed.registration(
                eid,
                "CNESST" if "CNESST" not in ministries else "OPC",
                asked,
                "en_traitement",
                asked,
            )

        granted = rng.sample(ministries, rng.randrange(1, len(ministries) + 1))
        rights = []
        labels = []
        for m in granted:
            label, services = rng.choice(CLIENT_MANDATES[m])
            labels.append(label)
            rights.append(
                {
                    "ministry": m,
                    "access": "restricted" if services else "unrestricted",
                    "services": list(services),
                }
            )
        if i % 20 == 0:
            end = today + timedelta(days=rng.randrange(3, 30))  # ends within 30 days
        elif i % 20 == 1:
            end = today - timedelta(days=rng.randrange(1, 200))  # échue
        else:
            end = today + timedelta(days=rng.randrange(31, 1000))
        start = min(
            today - timedelta(days=rng.randrange(5, 120)),
            end - timedelta(days=rng.randrange(200, 1000)),
        )
        start = max(start, end - timedelta(days=1090))
        p = seed.procuration(eid, " et ".join(labels), rights, start, end, mandataire=FIRM_ID)
        if i % 37 == 2:
            seed.end(
                p,
                ProcurationState.RF,
                today - timedelta(days=rng.randrange(1, 60)),
                rng.choice(REFUSALS),
            )
        elif i % 41 == 3:
            seed.end(p, ProcurationState.RV, today - timedelta(days=rng.randrange(1, 60)))
        elif rng.random() < 0.85:
            holders = rng.sample(firm_staff, 1 if rng.random() < 0.8 else 2)
            seed.assign(p, holders, active=end >= today)

    # ---- the firm's own procurations (after the clients: their random draws stay the same) --
    # Twenty internal ones, for the firm's own files at Revenu Québec and the Registraire,
    # ending over the next three months: the portfolio's bulk «Prolonger» has twenty to extend.
    for n, (label, ministry, services) in enumerate(FIRM_OWN * 4, start=1):
        end = today + timedelta(days=5 + 4 * n)
        start = end - timedelta(days=rng.randrange(300, 900))
        seed.procuration(
            FIRM_ID, f"{label} — dossier {n:02d}", _rights({ministry: services}), start, end
        )


async def _write(db: Database, seed: _Seed) -> None:
    today = seed.today
    async with db.write() as s:
        s.add_all(seed.enterprises)
        await s.flush()
        s.add_all(seed.users)
        await s.flush()  # user ids, needed by assignments and receipts
        s.add_all(seed.registrations)
        s.add_all(seed.procurations)
        await s.flush()
        for a, user in seed.assignments:
            a.user_id = user.id
            s.add(a)
        for r, author in seed.receipts:
            r.user_id = author.id
            s.add(r)
        await s.flush()

        # Messages: what each party was told when things happened.
        messages: list[tuple[MessageRow | None, datetime, bool]] = []
        for reg in seed.registrations:
            if reg.enterprise_id == CHAMPIONS_ID and reg.state == "actif":
                row = await notify.registration_activated(
                    s, reg.enterprise_id, reg.ministry, reg.state_on
                )
                messages.append((row, _at(reg.state_on, 9), True))
        received = sorted(
            (p for p in seed.procurations if p.mandataire_id == FIRM_ID),
            key=lambda p: p.created_at,
        )
        for n, p in enumerate(received[-30:]):
            row = await notify.procuration_received(s, p, seed.names[p.mandant_id])
            messages.append((row, p.created_at, n < 24))
        for p in seed.procurations:
            when = p.state_changed_at or p.created_at
            if p.state == ProcurationState.RF.value:
                row = await notify.procuration_refused(
                    s, p, seed.names[FIRM_ID], p.refusal_reason or ""
                )
                messages.append((row, when, False))
            elif p.state == ProcurationState.RV.value and p.mandataire_id:
                row = await notify.procuration_revoked(s, p, seed.names[p.mandant_id])
                messages.append((row, when, False))
        for row, when, read in messages:
            if row is not None:
                row.created_at = when
                row.read_at = when + timedelta(hours=2) if read else None

        for e in seed.enterprises:
            await audit.append(
                s,
                action="enterprise.create",
                object_type="enterprise",
                object_id=e.id,
                enterprise_id=e.id,
                after={"name": e.name, "demo": True},
            )
        await audit.append(
            s,
            action="demo.seed",
            object_type="service",
            after={
                "enterprises": len(seed.enterprises),
                "users": len(seed.users),
                "procurations": len(seed.procurations),
                "assignments": len(seed.assignments),
                "receipts": len(seed.receipts),
                "on": today.isoformat(),
            },
        )
