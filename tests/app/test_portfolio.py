"""The portfolio's aggregation on a known data set: rows, filters, groups, matrix, expiry board."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from app.domain import rules
from app.domain.common import Access, ProcurationState, ProcurationType
from app.domain.models import Assignment, EnterpriseRef, Procuration, Right
from app.portfolio import (
    BUCKET_ORDER,
    UNASSIGNED,
    Bucket,
    EndWindow,
    ExtendBlock,
    GroupBy,
    ItemKind,
    PortfolioData,
    PortfolioFilter,
    RenewBlock,
    Scope,
    bucket_counts,
    bucket_of,
    build_matrix,
    covered_services,
    expiry_items,
    filter_choices,
    filter_for_group,
    group_rows,
    leaf_services,
    portfolio_rows,
)

TODAY = date(2024, 5, 15)
FIRM = EnterpriseRef(id="1164829357", name="Gagnon Comptables CPA inc.")
BAKERY = EnterpriseRef(id="1171035577", name="Boulangerie du Vieux-Port inc.")
GARAGE = EnterpriseRef(id="2200000001", name="Garage Tremblay inc.")
ERABLIERE = EnterpriseRef(id="3300000002", name="Érablière de la Beauce ltée")


def proc(
    pid: str,
    mandant: EnterpriseRef,
    rights: list[Right],
    *,
    end_in: int = 200,
    state: ProcurationState = ProcurationState.AC,
    start_ago: int = 100,
    description: str = "",
) -> Procuration:
    received = mandant != FIRM
    return Procuration(
        id=pid,
        type=ProcurationType.EXTERNE if received else ProcurationType.INTERNE,
        mandant=mandant,
        mandataire=FIRM if received else None,
        start_date=TODAY - timedelta(days=start_ago),
        end_date=TODAY + timedelta(days=end_in),
        description=description or pid,
        rights=rights,
        state=state,
    )


def assignment(
    aid: str,
    p: Procuration,
    code: str,
    last: str,
    first: str,
    *,
    end_in: int | None = None,
    start_ago: int = 10,
    active: bool = True,
) -> Assignment:
    return Assignment(
        id=aid,
        procuration_id=p.id,
        user_code=code,
        last_name=last,
        first_name=first,
        start_date=TODAY - timedelta(days=start_ago),
        end_date=TODAY + timedelta(days=end_in) if end_in is not None else p.end_date,
        active=active,
        mandant=p.mandant,
    )


RQ_TVQ = Right(ministry="RQ", access=Access.RESTRICTED, services=["RQ-TVQ-DECL"])
RQ_ALL = Right(ministry="RQ", access=Access.UNRESTRICTED)
CNESST_DECL = Right(ministry="CNESST", access=Access.RESTRICTED, services=["CNESST-DECL"])
SAAQ_NONE = Right(ministry="SAAQ", access=Access.NONE)

BAKERY_TAXES = proc("p-bakery", BAKERY, [RQ_TVQ, CNESST_DECL], end_in=20, description="Taxes")
GARAGE_FULL = proc("p-garage", GARAGE, [RQ_ALL, SAAQ_NONE], end_in=6, description="Mandat fiscal")
ERABLE_OLD = proc(
    "p-erable", ERABLIERE, [RQ_TVQ], end_in=-10, state=ProcurationState.EC, description="Échue"
)
GARAGE_REVOKED = proc(
    "p-garage-rv", GARAGE, [CNESST_DECL], state=ProcurationState.RV, description="Révoquée"
)
OWN_INTERNAL = proc("p-own", FIRM, [RQ_ALL], end_in=1, description="Dossier interne")

ALEX = ("ABE63RG", "Bergeron", "Alexandre")
CATH = ("CLB47TN", "Leblanc", "Catherine")
MAX = ("MGR82DS", "Girard", "Maxime")

ASSIGNMENTS = [
    assignment("a1", BAKERY_TAXES, *ALEX),
    assignment("a2", GARAGE_FULL, *ALEX, end_in=3),
    assignment("a3", GARAGE_FULL, *CATH),
    assignment("a4", OWN_INTERNAL, *MAX),
    # Not in force: one starts tomorrow; one ended with its revoked procuration.
    assignment("a5", BAKERY_TAXES, *CATH, start_ago=-1),
    assignment("a6", GARAGE_REVOKED, *MAX, active=False),  # revoking ended it
]


@pytest.fixture
def data() -> PortfolioData:
    return PortfolioData(
        enterprise_id=FIRM.id,
        own=[OWN_INTERNAL],
        received=[BAKERY_TAXES, GARAGE_FULL, ERABLE_OLD, GARAGE_REVOKED],
        assignments=ASSIGNMENTS,
    )


# ---- services a right covers ---------------------------------------------------------------------


def test_unrestricted_covers_every_service_of_the_ministry_and_a_block_its_children() -> None:
    every = covered_services("RQ", Access.UNRESTRICTED, frozenset())
    assert set(leaf_services("RQ")) <= every
    assert "RQ-TVQ-DECL" in every
    halo_block = covered_services("MELCC", Access.RESTRICTED, frozenset({"HALO"}))
    assert "HALO-DECL" in halo_block
    leaf = covered_services("MELCC", Access.RESTRICTED, frozenset({"HALO-DECL"}))
    # The block's only child covered: the block is covered too.
    assert leaf == frozenset({"HALO", "HALO-DECL"})
    assert covered_services("MELCC", Access.NONE, frozenset()) == frozenset()


# ---- rows, filters and groups --------------------------------------------------------------------


def test_rows_by_scope_with_clients_ministries_and_holders(data: PortfolioData) -> None:
    received = portfolio_rows(data, Scope.RECEIVED, TODAY)
    assert [r.id for r in received] == ["p-bakery", "p-garage", "p-erable", "p-garage-rv"]
    garage = received[1]
    assert (garage.client_id, garage.client_name) == (GARAGE.id, GARAGE.name)
    assert garage.ministries == ("RQ",)  # SAAQ «Aucun accès» is not a right
    assert [h.user_code for h in garage.holders] == ["ABE63RG", "CLB47TN"]
    assert garage.holder_names() == "Bergeron, Alexandre; Leblanc, Catherine"
    assert garage.days_left(TODAY) == 6
    assert [r.id for r in portfolio_rows(data, Scope.OWN, TODAY)] == ["p-own"]
    assert len(portfolio_rows(data, Scope.ALL, TODAY)) == 5


def test_the_filters_offer_the_ministries_and_the_holders_of_the_rows(data: PortfolioData) -> None:
    received = portfolio_rows(data, Scope.RECEIVED, TODAY)
    assert filter_choices(received) == (
        ["CNESST", "RQ"],  # the garage's SAAQ «Aucun accès» is not offered
        [("ABE63RG", "Bergeron, Alexandre"), ("CLB47TN", "Leblanc, Catherine")],
    )
    _ministries, holders = filter_choices(portfolio_rows(data, Scope.ALL, TODAY))
    assert [name for _code, name in holders] == [
        "Bergeron, Alexandre",
        "Girard, Maxime",
        "Leblanc, Catherine",
    ]
    assert filter_choices([]) == ([], [])


def test_filters_by_client_ministry_service_state_holder_end_and_tag(data: PortfolioData) -> None:
    rows = portfolio_rows(data, Scope.ALL, TODAY)

    def ids(f: PortfolioFilter) -> list[str]:
        keep = f.predicate(
            TODAY, tags_of=lambda cid: ["TPS trimestrielle"] if cid == BAKERY.id else []
        )
        return [r.id for r in rows if keep is None or keep(r)]

    assert ids(PortfolioFilter()) == [r.id for r in rows]
    assert PortfolioFilter().predicate(TODAY) is None
    assert ids(PortfolioFilter(client_id=GARAGE.id)) == ["p-garage", "p-garage-rv"]
    assert ids(PortfolioFilter(ministry="CNESST")) == ["p-bakery", "p-garage-rv"]
    # A service: listed, or covered by «Sans restriction».
    assert ids(PortfolioFilter(ministry="RQ", service="RQ-TVQ-DECL")) == [
        "p-bakery",
        "p-garage",
        "p-erable",
        "p-own",
    ]
    assert ids(PortfolioFilter(ministry="RQ", service="RQ-IMPOT")) == ["p-garage", "p-own"]
    assert ids(PortfolioFilter(states=frozenset({ProcurationState.EC, ProcurationState.RV}))) == [
        "p-erable",
        "p-garage-rv",
    ]
    # Holders include an assignment that starts tomorrow.
    assert ids(PortfolioFilter(holder="CLB47TN")) == ["p-bakery", "p-garage"]
    assert ids(PortfolioFilter(holder=UNASSIGNED)) == ["p-erable", "p-garage-rv"]
    assert ids(PortfolioFilter(end_window=EndWindow.D7)) == ["p-garage", "p-own"]
    assert ids(PortfolioFilter(end_window=EndWindow.D1)) == ["p-own"]
    assert ids(PortfolioFilter(end_window=EndWindow.ENDED)) == ["p-erable"]
    assert ids(PortfolioFilter(end_from=TODAY, end_to=TODAY + timedelta(days=10))) == [
        "p-garage",
        "p-own",
    ]
    assert ids(PortfolioFilter(tag="tps TRIMESTRIELLE")) == ["p-bakery"]
    assert ids(PortfolioFilter(client_id=GARAGE.id, states=frozenset({ProcurationState.AC}))) == [
        "p-garage"
    ]


def test_groups_count_rows_and_each_group_filters_to_its_rows(data: PortfolioData) -> None:
    rows = portfolio_rows(data, Scope.ALL, TODAY)
    clients = group_rows(rows, GroupBy.CLIENT)
    assert [(g.label, g.count) for g in clients] == [
        ("Boulangerie du Vieux-Port inc.", 1),
        ("Érablière de la Beauce ltée", 1),  # sorted without accents
        ("Gagnon Comptables CPA inc.", 1),
        ("Garage Tremblay inc.", 2),
    ]
    holders = group_rows(rows, GroupBy.HOLDER)
    assert [(g.key, g.count) for g in holders] == [
        ("ABE63RG", 2),
        ("MGR82DS", 1),
        ("CLB47TN", 2),
        (UNASSIGNED, 2),
    ]
    for by in GroupBy:
        for g in group_rows(rows, by, tags_of=lambda cid: ["Fin mars"] if cid == GARAGE.id else []):
            keep = filter_for_group(PortfolioFilter(), by, g.key).predicate(
                TODAY, tags_of=lambda cid: ["Fin mars"] if cid == GARAGE.id else []
            )
            assert keep is not None
            assert sum(1 for r in rows if keep(r)) == g.count, (by, g)
    months = group_rows(rows, GroupBy.END_MONTH)
    assert [g.key for g in months] == sorted(g.key for g in months)
    services = {g.key: g.count for g in group_rows(rows, GroupBy.SERVICE)}
    assert services["RQ/RQ-TVQ-DECL"] == 4 and services["CNESST/CNESST-DECL"] == 2


# ---- the rights matrix ---------------------------------------------------------------------------


def test_the_matrix_answers_who_can_act_for_whom_and_for_this_client(data: PortfolioData) -> None:
    matrix = build_matrix(data.procurations(), data.assignments, TODAY)
    # Only assignments in force on active procurations count: not a5 (tomorrow), not a6 (RV).
    assert {g.assignment_id for g in matrix.grants} == {"a1", "a2", "a3", "a4"}
    assert matrix.staff() == [
        ("ABE63RG", "Bergeron, Alexandre"),
        ("MGR82DS", "Girard, Maxime"),
        ("CLB47TN", "Leblanc, Catherine"),
    ]
    # Who can act for the garage, and on what.
    assert matrix.people_for(GARAGE.id) == [
        ("ABE63RG", "Bergeron, Alexandre"),
        ("CLB47TN", "Leblanc, Catherine"),
    ]
    assert matrix.people_for(GARAGE.id, "RQ", "RQ-IMPOT") == matrix.people_for(GARAGE.id)
    assert matrix.people_for(GARAGE.id, "SAAQ") == []
    assert matrix.people_for(GARAGE.id, "CNESST") == []  # only the revoked one gave CNESST
    # For the bakery: Alexandre on TVQ and CNESST declarations, not on income tax.
    assert matrix.people_for(BAKERY.id, "RQ", "RQ-TVQ-DECL") == [("ABE63RG", "Bergeron, Alexandre")]
    assert matrix.people_for(BAKERY.id, "RQ", "RQ-IMPOT") == []
    assert matrix.people_for(BAKERY.id, "CNESST", "CNESST-DECL") == [
        ("ABE63RG", "Bergeron, Alexandre")
    ]
    assert matrix.people_for(ERABLIERE.id) == []  # échue
    # Whom Alexandre can act for.
    assert sorted({g.client_id for g in matrix.clients_of("ABE63RG")}) == sorted(
        [BAKERY.id, GARAGE.id]
    )
    assert matrix.can_act("ABE63RG", GARAGE.id, "RQ", "RQ-RETEN")
    assert not matrix.can_act("CLB47TN", BAKERY.id, "RQ")
    assert matrix.can_act("MGR82DS", FIRM.id, "RQ")  # the firm's own internal procuration
    # The grid: a person × a ministry, for all clients or one.
    everywhere = matrix.cell("ABE63RG", "RQ")
    assert everywhere.clients == tuple(sorted([BAKERY.id, GARAGE.id])) and everywhere.access is None
    one = matrix.cell("ABE63RG", "RQ", client_id=BAKERY.id)
    assert one.access is Access.RESTRICTED and one.services == ("RQ-TVQ-DECL",)
    full = matrix.cell("CLB47TN", "RQ", client_id=GARAGE.id)
    assert full.access is Access.UNRESTRICTED and set(full.services) == set(leaf_services("RQ"))
    assert matrix.cell("CLB47TN", "RQ", client_id=BAKERY.id).clients == ()
    until = {g.assignment_id: g.until for g in matrix.grants}
    assert until["a2"] == TODAY + timedelta(days=3)  # the assignment ends before its procuration


def test_the_grid_of_a_choice_answers_both_ways_as_the_questions_do(data: PortfolioData) -> None:
    matrix = build_matrix(data.procurations(), data.assignments, TODAY)
    alex, max_, cath = matrix.staff()

    # Every client: the people × every ministry, each cell as `cell` says.
    grid = matrix.grid()
    assert grid.people == [alex, max_, cath] and grid.ministries == ["CNESST", "RQ"]
    assert grid.cells == {
        (row, column): matrix.cell(code, ministry)
        for row, (code, _name) in enumerate(grid.people)
        for column, ministry in enumerate(grid.ministries)
    }
    assert grid.cells[(0, 0)].clients == (BAKERY.id,)  # Alexandre, CNESST: the bakery
    assert grid.cells[(2, 0)].clients == ()  # Catherine: no CNESST anywhere
    assert grid.acting == [alex, max_, cath] and grid.clients == 3
    assert grid.grants == matrix.grants

    # Who can act for the garage (the question), and on what.
    garage = matrix.grid(GARAGE.id)
    assert garage.people == garage.acting == matrix.people_for(GARAGE.id) == [alex, cath]
    assert garage.ministries == ["RQ"] and garage.clients == 1
    assert garage.grants == matrix.who_can_act_for(GARAGE.id)
    assert garage.cells[(1, 0)].access is Access.UNRESTRICTED

    # One service: only the people who can use it are rows.
    reten = matrix.grid(None, "RQ", "RQ-RETEN")
    assert reten.people == reten.acting == [alex, max_, cath]
    assert reten.clients == 2  # the garage (unrestricted) and the firm; not the bakery (TVQ)
    assert [c.clients for c in (reten.cells[(r, 0)] for r in range(3))] == [
        (GARAGE.id,),
        (FIRM.id,),
        (GARAGE.id,),
    ]
    nobody = matrix.grid(BAKERY.id, "RQ", "RQ-IMPOT")
    assert nobody.people == nobody.acting == nobody.grants == [] and nobody.cells == {}

    # And the other way: whom each person can act for, as the rows of the grid say.
    for row, (code, _name) in enumerate(grid.people):
        clients = {c for column in range(2) for c in grid.cells[(row, column)].clients}
        assert clients == {g.client_id for g in matrix.clients_of(code)}
    assert matrix.concerned() == len(matrix.grants) and matrix.concerned(GARAGE.id) == 2
    assert matrix.client_name(GARAGE.id) == GARAGE.name


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_the_matrix_lists_its_grants_by_person_client_and_ministry() -> None:
    # Names that sort apart only once folded (accents, case), and equal once folded.
    clients = [
        EnterpriseRef(id=f"40000000{i:02d}", name=name)
        for i, name in enumerate(["Zinc inc.", "érable inc.", "Erable Inc.", "Abeille inc."])
    ]
    people = [("ZZZ01AA", "Élie", "Zoé"), ("EEE02BB", "elie", "Ève"), ("AAA03CC", "Zed", "Al")]
    procurations = [
        proc(f"p{i}", client, [CNESST_DECL, RQ_TVQ] if i % 2 else [RQ_TVQ, CNESST_DECL])
        for i, client in enumerate(clients)
    ]
    assignments = [
        assignment(f"a{i}-{j}", p, *person)
        for i, p in enumerate(procurations)
        for j, person in enumerate(people)
    ]
    matrix = build_matrix(procurations, assignments, TODAY)
    assert len(matrix.grants) == 2 * len(clients) * len(people)
    keys = [
        (fold(g.user_name), fold(g.client_name), g.ministry, g.assignment_id) for g in matrix.grants
    ]
    # Sorted by the folded names, then the ministry; equal keys in the assignments' order.
    order = [a.id for a in assignments]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2], order.index(k[3])))
    assert keys[0][:2] == ("elie, eve", "abeille inc.") and keys[-1][0] == "zed, al"


# ---- the expiry board ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-1, Bucket.ENDED),
        (0, Bucket.D1),
        (1, Bucket.D1),
        (2, Bucket.D7),
        (7, Bucket.D7),
        (8, Bucket.D14),
        (14, Bucket.D14),
        (15, Bucket.D30),
        (30, Bucket.D30),
        (31, None),
    ],
)
def test_buckets_are_disjoint_and_end_at_30_days(days: int, bucket: Bucket | None) -> None:
    assert bucket_of(TODAY + timedelta(days=days), TODAY) is bucket


def test_the_board_lists_procurations_and_assignments_ending_soon_and_those_ended(
    data: PortfolioData,
) -> None:
    items = expiry_items(data, TODAY)
    seen = [(i.kind, i.id, i.bucket) for i in items]
    assert seen == [
        (ItemKind.PROCURATION, "p-erable", Bucket.ENDED),
        (ItemKind.PROCURATION, "p-own", Bucket.D1),
        (ItemKind.ASSIGNMENT, "a4", Bucket.D1),
        (ItemKind.ASSIGNMENT, "a2", Bucket.D7),
        (ItemKind.PROCURATION, "p-garage", Bucket.D7),
        (ItemKind.ASSIGNMENT, "a3", Bucket.D7),
        (ItemKind.PROCURATION, "p-bakery", Bucket.D30),
        (ItemKind.ASSIGNMENT, "a1", Bucket.D30),
        (ItemKind.ASSIGNMENT, "a5", Bucket.D30),
    ]
    assert bucket_counts(items) == {
        Bucket.ENDED: 1,
        Bucket.D1: 2,
        Bucket.D7: 3,
        Bucket.D14: 0,
        Bucket.D30: 3,
    }
    assert list(bucket_counts(items)) == list(BUCKET_ORDER)
    a2 = next(i for i in items if i.id == "a2")
    assert a2.holder == "Bergeron, Alexandre" and a2.client_name == GARAGE.name
    assert a2.uid == "procura-assignment-a2"
    # Ended more than 5 days ago: left out when asked.
    assert "p-erable" not in {i.id for i in expiry_items(data, TODAY, ended_since_days=5)}
    assert len(expiry_items(data, TODAY, horizon_days=7)) == 6


def test_extend_and_renew_are_offered_only_for_the_enterprises_own_procurations(
    data: PortfolioData,
) -> None:
    items = {i.id: i for i in expiry_items(data, TODAY)}
    own = items["p-own"]
    assert own.extend_block(TODAY) is None and own.renew_block(TODAY) is None
    assert items["p-garage"].extend_block(TODAY) is ExtendBlock.RECEIVED
    assert items["p-garage"].renew_block(TODAY) is RenewBlock.RECEIVED
    assert items["a4"].extend_block(TODAY) is ExtendBlock.ASSIGNMENT
    near = proc("p-limit", FIRM, [RQ_ALL], start_ago=3 * 365 - 5)
    at_limit = near.model_copy(update={"end_date": rules.latest_end_date(near.start_date)})
    assert 0 <= (at_limit.end_date - TODAY).days <= 30
    board = expiry_items(PortfolioData(enterprise_id=FIRM.id, own=[at_limit]), TODAY)
    assert board[0].extend_block(TODAY) is ExtendBlock.AT_LIMIT
    ended = proc("p-ended", FIRM, [RQ_ALL], state=ProcurationState.EC, end_in=-3)
    board = expiry_items(PortfolioData(enterprise_id=FIRM.id, own=[ended]), TODAY)
    assert board[0].extend_block(TODAY) is ExtendBlock.NOT_ACTIVE
    assert board[0].renew_block(TODAY) is None
