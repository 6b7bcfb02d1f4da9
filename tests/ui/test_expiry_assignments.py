"""«Échéances»: what «Prolonger» says of an assignment is what the person can actually do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.api.client import new_idempotency_key
from app.domain.models import Procuration
from app.portfolio import ItemKind
from server.demo import CHAMPIONS, FIRM, FIRM_ID
from tests.ui.support_procurations import ending_in, new_procuration, new_user
from ui.context import AppContext
from ui.views.expiry import ExpiryView

RunAsync = Callable[..., Any]


def assigned(ctx: AppContext, run_async: RunAsync, procuration: Procuration) -> None:
    """A fresh user of ctx's enterprise holds `procuration` to its end."""
    user = new_user(ctx, run_async)
    run_async(
        ctx.api.assign(procuration.id, [user.user_code], idempotency_key=new_idempotency_key())
    )


def extend_tip(view: ExpiryView, procuration: Procuration) -> str:
    assert view.select(
        lambda i: i.kind is ItemKind.ASSIGNMENT and i.procuration.id == procuration.id
    ), "the assignment is not listed"
    button = view.buttons["extend"]
    assert not button.isEnabled()
    return button.toolTip()


def test_prolonger_on_an_assignment_says_to_revoke_it_and_assign_again_and_who_may(
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
    open_expiry: Callable[[AppContext], ExpiryView],
) -> None:
    champions = signed_in("RSE — Les Champions")
    firm = signed_in("RSE — Gagnon Comptables")
    internal = new_procuration(champions, run_async, end=ending_in(10))
    assigned(champions, run_async, internal)
    external = new_procuration(champions, run_async, end=ending_in(12), mandataire_id=FIRM_ID)
    assigned(firm, run_async, external)
    keeps = (
        "Une assignation garde sa date de fin : prolonger la procuration ne la prolonge pas, "
        "et la personne ne peut recevoir de nouveau cette procuration (ni une autre de cette "
        "entreprise) tant que l'assignation est en cours."
    )

    view = open_expiry(champions)
    # The mandant's own internal procuration: it extends, revokes and assigns itself.
    tip = extend_tip(view, internal)
    assert tip == (
        f"{keeps} Pour qu'elle continue d'agir : au besoin, prolongez la procuration; puis, "
        "dans « Gestion des procurations », révoquez l'assignation (« Assignations ») et "
        "assignez de nouveau la procuration."
    )
    assert "assignez-la de nouveau" not in tip
    # Its external one: it may extend it, only the mandataire revokes and assigns.
    assert extend_tip(view, external) == (
        f"{keeps} Pour qu'elle continue d'agir : au besoin, prolongez la procuration; seul le "
        f"mandataire, {FIRM}, peut ensuite révoquer l'assignation et assigner de nouveau la "
        "procuration."
    )

    # The firm: the client extends; the firm revokes and assigns in «Procurations reçues».
    assert extend_tip(open_expiry(firm), external) == (
        f"{keeps} Pour qu'elle continue d'agir : au besoin, demandez à {CHAMPIONS} de "
        "prolonger la procuration; puis, dans « Procurations reçues », révoquez "
        "l'assignation (« Assignations ») et assignez de nouveau la procuration."
    )
