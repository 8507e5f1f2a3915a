from sqlalchemy import func, select

from pos_desktop.store.models.catalog import Product
from tests.sync_client.conftest import World


def test_enroll_and_first_round(world: World) -> None:
    till = world.till()
    report = till.engine.run_round()
    assert report.ok, report
    with till.db.read() as s:
        assert s.execute(select(func.count()).select_from(Product)).scalar_one() == 3
    print(report)
