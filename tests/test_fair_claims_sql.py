"""Fair claims (sql/0008_fair_claims.sql): claim_tasks goes round-robin across users,
then across each user's sheets, so nobody's big batch holds back another's small one;
still exclusive under concurrency, still leases."""

from __future__ import annotations

import threading
import time
import uuid

from .factories import add_file, make_sheet, make_user, report
from .test_worker_sql import claim, claim_concurrently, expire_leases


def started_sheet(conn, user_id, files: int, name: str = "sheet") -> uuid.UUID:
    """A sheet of `user_id` whose run is started with `files` tasks; returns the job id."""
    job_id, run_id = make_sheet(conn, user_id=user_id, name=name)
    for n in range(files):
        add_file(conn, job_id, run_id, name=f"{name}-{n}.txt", data=f"{name} {n}".encode())
    conn.execute("SELECT start_run(%s)", [job_id])
    return job_id


def claim_one(conn, worker: str = "w1") -> uuid.UUID:
    """The sheet (job id) of the one task a claim of one hands out."""
    [task] = claim(conn, worker, limit=1)
    return task["job_id"]


def test_a_small_batch_goes_before_the_rest_of_a_big_one(conn):
    alice, bob = make_user(conn), make_user(conn)
    big = started_sheet(conn, alice, files=50, name="big")
    assert [claim_one(conn), claim_one(conn)] == [big, big]  # both slots busy with Alice's
    small = started_sheet(conn, bob, files=1, name="small")
    # The next free slot goes to Bob, although 48 of Alice's files waited longer.
    assert claim_one(conn) == small
    assert claim_one(conn) == big


def test_claims_alternate_across_users_then_across_a_users_sheets(conn):
    alice, bob = make_user(conn), make_user(conn)
    a1 = started_sheet(conn, alice, files=10, name="a1")
    a2 = started_sheet(conn, alice, files=10, name="a2")
    b1 = started_sheet(conn, bob, files=10, name="b1")
    order = [claim_one(conn) for _ in range(8)]
    owners = ["alice" if job in (a1, a2) else "bob" for job in order]
    assert owners == ["alice", "bob"] * 4
    assert [job for job in order if job != b1] == [a1, a2, a1, a2]


def test_one_claim_of_many_spreads_over_users_and_sheets(conn):
    alice, bob = make_user(conn), make_user(conn)
    a1 = started_sheet(conn, alice, files=10, name="a1")
    a2 = started_sheet(conn, alice, files=10, name="a2")
    b1 = started_sheet(conn, bob, files=10, name="b1")
    jobs = [task["job_id"] for task in claim(conn, limit=6)]
    assert jobs.count(b1) == 3
    assert sorted([jobs.count(a1), jobs.count(a2)]) == [1, 2]
    # Both run 3: the task that waited longest (Alice's sheets started first) goes
    # first, then the users take turns again.
    assert [claim_one(conn) == b1 for _ in range(4)] == [False, True, False, True]


def test_a_finished_task_frees_its_users_turn(conn):
    alice, bob = make_user(conn), make_user(conn)
    a = started_sheet(conn, alice, files=10, name="a")
    b = started_sheet(conn, bob, files=10, name="b")
    first = claim(conn, limit=2)
    assert sorted(map(str, (t["job_id"] for t in first))) == sorted(map(str, [a, b]))
    alices = next(t for t in first if t["job_id"] == a)
    report(conn, alices["task_id"], alices["attempt"])
    # Alice now runs nothing, Bob one: Alice's turn.
    assert claim_one(conn) == a


def test_an_expired_lease_stops_counting_as_running(conn):
    alice, bob = make_user(conn), make_user(conn)
    a = started_sheet(conn, alice, files=10, name="a")
    claim(conn, limit=3)  # all Alice's
    b = started_sheet(conn, bob, files=10, name="b")
    assert claim_one(conn) == b  # Bob runs 1, Alice 3
    (a_run,) = conn.execute("SELECT id FROM job_runs WHERE job_id = %s", [a]).fetchone()
    expire_leases(conn, a_run)
    # Alice's three workers look dead: she runs nothing, and her lost tasks go first.
    [task] = claim(conn, limit=1)
    assert task["job_id"] == a and task["attempt"] == 2


def test_sheets_without_a_user_share_one_turn(conn):
    alice = make_user(conn)
    anonymous_1 = started_sheet(conn, None, files=5, name="n1")
    anonymous_2 = started_sheet(conn, None, files=5, name="n2")
    mine = started_sheet(conn, alice, files=5, name="a")
    order = [claim_one(conn) for _ in range(4)]
    assert order.count(mine) == 2
    assert {anonymous_1, anonymous_2} <= set(order)


def test_workers_on_their_own_connections_start_a_small_batch_at_once(connect, conn):
    """Three workers of one slot each, on their own connections, drain a big batch of
    Alice's, each file taking a moment; Bob's one file, started meanwhile, goes with
    one of the next claims (a claim already under way may still go to Alice, and so may
    one made while none of hers runs: a tie goes to the file that waited longest)."""
    alice, bob = make_user(conn), make_user(conn)
    started_sheet(conn, alice, files=60, name="big")
    workers = [connect() for _ in range(3)]
    claims: list[tuple[int, uuid.UUID]] = []  # (order, job) as claimed
    lock = threading.Lock()
    bob_started = threading.Event()
    small: list[uuid.UUID] = []
    barrier = threading.Barrier(len(workers))

    def work(n: int, own) -> None:
        barrier.wait()
        for _ in range(25):  # bounded
            batch = claim(own, f"worker-{n}", limit=1)
            if not batch:
                return
            [task] = batch
            with lock:
                claims.append((len(claims), task["job_id"]))
                if len(claims) == 12 and not bob_started.is_set():
                    small.append(started_sheet(conn, bob, files=1, name="small"))
                    bob_started.set()
            time.sleep(0.02)  # extracting
            report(own, task["task_id"], task["attempt"])

    threads = [threading.Thread(target=work, args=(n, w)) for n, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    [bobs] = [order for order, job in claims if job == small[0]]
    assert len(claims) == 61
    assert 12 <= bobs < 12 + 2 * len(workers)


def test_concurrent_fair_claims_never_come_back_short(connect, conn):
    """Many claimers on one run: each claim takes a full batch while tasks are free."""
    alice, bob = make_user(conn), make_user(conn)
    started_sheet(conn, alice, files=200, name="a")
    started_sheet(conn, bob, files=100, name="b")
    batches = claim_concurrently(connect, 6, limit=5)
    everything = [task for batch in batches for task in batch]
    assert len(everything) == len(set(everything)) == 300
    # 300 = 60 x 5: a batch comes back short only when nothing else is free.
    assert [len(batch) for batch in batches] == [5] * 60


def queued_order(conn, job_id) -> list[uuid.UUID]:
    """The queued tasks of the sheet's run, in the order they fell due (then by id)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id"
            " WHERE r.job_id = %s AND t.status = 'queued' ORDER BY t.run_after, t.id",
            [job_id],
        )
    ]


def test_with_one_run_ready_a_claim_takes_its_tasks_in_due_order(conn):
    alice = make_user(conn)
    big = started_sheet(conn, alice, files=12, name="big")
    expected = queued_order(conn, big)
    first = {task["task_id"] for task in claim(conn, limit=5)}
    second = {task["task_id"] for task in claim(conn, limit=5)}
    assert (first, second) == (set(expected[:5]), set(expected[5:10]))


def test_with_one_run_ready_its_expired_leases_go_first_as_new_attempts(conn):
    alice = make_user(conn)
    a = started_sheet(conn, alice, files=6, name="a")
    lost = {task["task_id"] for task in claim(conn, limit=2)}
    (run_id,) = conn.execute("SELECT id FROM job_runs WHERE job_id = %s", [a]).fetchone()
    expire_leases(conn, run_id)
    first = claim(conn, limit=3)
    assert {task["task_id"] for task in first if task["attempt"] == 2} == lost
    assert sorted(task["attempt"] for task in first) == [1, 2, 2]


def test_a_claim_short_of_its_run_fills_from_a_run_that_became_ready(connect, conn):
    """The one ready run's tasks are held by another claimer: the claim does not come
    back short while another run has a task free."""
    alice, bob = make_user(conn), make_user(conn)
    a = started_sheet(conn, alice, files=3, name="a")
    holder = connect()
    with holder.transaction():
        held = holder.execute(
            "SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id"
            " WHERE r.job_id = %s FOR UPDATE",
            [a],
        ).fetchall()
        assert len(held) == 3
        b = started_sheet(conn, bob, files=2, name="b")
        assert sorted(str(task["job_id"]) for task in claim(conn, limit=2)) == [str(b)] * 2
    assert {task["job_id"] for task in claim(conn, limit=5)} == {a}
