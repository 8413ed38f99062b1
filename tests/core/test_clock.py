from datetime import date, datetime

from mentorjournal.core import clock


def test_fixed_clock_is_used_and_restored() -> None:
    real = clock.today()
    with clock.use_clock(clock.FixedClock(datetime(2030, 1, 31, 9, 0))) as fixed:
        assert clock.today() == date(2030, 1, 31)
        fixed.advance(days=1)
        assert clock.today() == date(2030, 2, 1)
    assert clock.today() == real
