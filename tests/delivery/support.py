"""Bringing an order to a status through the services, the way a manager would."""

from __future__ import annotations

from pos_desktop.services.delivery_dispatch import assign_delivery
from pos_desktop.services.delivery_orders import change_order_status
from pos_desktop.store.models.delivery import OrderStatus
from tests.delivery.conftest import DeliveryShop

PATH = (
    OrderStatus.PENDING,
    OrderStatus.CONFIRMED,
    OrderStatus.PROCESSING,
    OrderStatus.PACKED,
    OrderStatus.OUT_FOR_DELIVERY,
    OrderStatus.DELIVERED,
)


def bring_to(shop: DeliveryShop, order_id: str, status: OrderStatus) -> None:
    """Walk the order from PENDING to ``status`` (a courier is assigned before it goes out)."""
    manager = shop.term.manager
    if status is OrderStatus.CANCELLED:
        change_order_status(shop.ctx, manager, order_id, status, reason="customer changed mind")
        return
    for step in PATH[1 : PATH.index(status) + 1]:
        if step is OrderStatus.OUT_FOR_DELIVERY:
            assign_delivery(shop.ctx, manager, order_id, shop.courier)
        change_order_status(shop.ctx, manager, order_id, step, notes=f"to {step.value}")
