"""`newswatch timeline --plot`: each source's value or interval over time, one panel per key (optional matplotlib)."""
from __future__ import annotations

from ..errors import NewswatchError
from .render import amount


def plot_timeline(rows: list[dict], path: str, *, title: str) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise NewswatchError("--plot needs matplotlib: pip install 'newswatch[plot]' "
                             "(the table below is the same data)") from None
    from matplotlib.ticker import FuncFormatter
    keys: dict[tuple, list[dict]] = {}
    for r in rows:
        keys.setdefault((r["period_kind"], r["period_start"], r["period_end"], r["counterparty"], r["unit"]), []).append(r)
    fig, axes = plt.subplots(len(keys), 1, figsize=(9, 2.6 * len(keys)), squeeze=False)
    for ax, (key, items) in zip(axes[:, 0], keys.items()):
        for r in items:
            lo = r["interval_low"] if r["interval_low"] is not None else r["value"]
            hi = r["interval_high"] if r["interval_high"] is not None else r["value"]
            ax.vlines(r["published"], lo, hi, alpha=0.5, linewidth=6)
            ax.plot([r["published"]], [r["value"]], "o", label=r["outlet"])
            if r["interval_high"] is None:
                ax.annotate("↑", (r["published"], r["value"]))
            if r["interval_low"] is None:
                ax.annotate("↓", (r["published"], r["value"]))
        unit = key[-1]
        ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos, unit=unit: amount(y, unit)))
        ax.set_title(" ".join(str(k) for k in key[:-1] if k) + f" ({unit})", fontsize=9)
        ax.legend(fontsize=6, loc="best")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
