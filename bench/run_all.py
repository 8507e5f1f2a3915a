"""Run the benchmarks and write BENCHMARKS.md (figure, target, baseline, machine, date, command).

    python -m bench.run_all [--only scan,search,checkout] [--out BENCHMARKS.md]

Results of benchmarks not run this time are kept from the existing file, so a partial run
never erases another benchmark's figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from bench.harness import Result, git_revision, machine_description, today

SUITES = {
    "scan": "bench.bench_scan",
    "search": "bench.bench_search",
    "checkout": "bench.bench_checkout",
    "ui": "bench.bench_ui",
    "sync_push": "bench.bench_sync_push",
    "sync_pull": "bench.bench_sync_pull",
    "sync_noop": "bench.bench_sync_noop",
    "sync_fleet": "bench.bench_sync_fleet",
    "installer": "bench.bench_installer",
    "catalog_list": "bench.bench_catalog_list",
    "stock_list": "bench.bench_stock_list",
    "monthly_report": "bench.bench_monthly_report",
}
STATE = Path(__file__).parent / "results.json"


def _status(result: Result) -> str:
    if result.met is None:
        return "info"
    return "met" if result.met else "**MISSED**"


def render(results: dict[str, list[dict[str, object]]]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench.run_all`). Targets are DESIGN.md section 5.",
        "A miss is reported as a miss. Catalog: 200,000 products and 50,000 customers made by",
        "`bench/generate.py` (deterministic). Each row says where and when it was measured.",
        "",
        "| benchmark | figure | target | status | baseline (same run) | machine, date, revision |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    notes = []
    for suite in results.values():
        for raw in suite:
            r = Result(**{k: v for k, v in raw.items() if k in Result.__dataclass_fields__})  # type: ignore[arg-type]
            where = f"{raw.get('machine', '')}; {raw.get('date', '')}; {raw.get('revision', '')}"
            lines.append(
                f"| {r.name} | {r.figure} | {r.target} | {_status(r)} | {r.baseline or '-'} "
                f"| {where} |"
            )
            notes.append(f"- **{r.name}**: {r.notes or '-'} Reproduce: `{r.command}`.")
    return "\n".join([*lines, "", "## Notes", "", *notes, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(SUITES))
    parser.add_argument("--out", default="BENCHMARKS.md")
    args = parser.parse_args(argv)
    state: dict[str, list[dict[str, object]]] = (
        json.loads(STATE.read_text()) if STATE.exists() else {}
    )
    machine, date, rev = machine_description(), today(), git_revision()
    for name in [n.strip() for n in args.only.split(",") if n.strip()]:
        module = importlib.import_module(SUITES[name])
        start = time.perf_counter()
        results = module.run()
        print(f"[{name}] {time.perf_counter() - start:.1f} s", file=sys.stderr)
        state[name] = [
            {**asdict(r), "machine": machine, "date": date, "revision": rev} for r in results
        ]
        for r in results:
            print(f"  {r.name}: {r.figure} (target {r.target}: {_status(r)})", file=sys.stderr)
        STATE.write_text(json.dumps(state, indent=2))
    Path(args.out).write_text(render(state))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
