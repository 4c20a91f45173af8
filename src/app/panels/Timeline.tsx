// The timeline: two sliders over the days on which something dated happened,
// the number of events on each day drawn above them, and a play button that
// replays the days of the window one by one. The map shows what takes part in
// the story inside the window (see filterView); undated things are kept or
// hidden as chosen.
import { useEffect, useId, useRef } from "react";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";

const STEP_MS = 900;

/** Index of the last day on or before `date`. */
export function dayIndex(dates: string[], date: string | null, fallback: number): number {
  if (!date) return fallback;
  let i = -1;
  for (let k = 0; k < dates.length && dates[k] <= date; k++) i = k;
  return Math.max(0, i);
}

export function Timeline() {
  const store = useExplorerStore();
  const { t } = useT();
  const id = useId();
  const dates = useExplorer((s) => s.loaded?.dates);
  const eventDates = useExplorer((s) => s.loaded?.eventDates);
  const from = useExplorer((s) => s.view.from);
  const to = useExplorer((s) => s.view.to);
  const playing = useExplorer((s) => s.playing);
  const undated = useExplorer((s) => s.view.undated);
  /** The window's last day when play started: play stops there, not at the graph's last day. */
  const playEnd = useRef<{ end: string | null } | null>(null);

  const last = (dates?.length ?? 1) - 1;
  const toIndex = dates ? dayIndex(dates, to, last) : 0;

  useEffect(() => {
    if (!playing || !dates?.length) return;
    const timer = setInterval(() => {
      const s = store.getState();
      const end = dayIndex(dates, playEnd.current?.end ?? null, last);
      const at = dayIndex(dates, s.view.to, last);
      if (at >= end) {
        s.setWindow(s.view.from, end >= last ? null : dates[end]);
        s.setPlaying(false);
        playEnd.current = null;
      } else s.setWindow(s.view.from, dates[at + 1]);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, dates, last, store]);

  if (!dates || !eventDates) return null;
  if (!dates.length)
    return (
      <section className="timeline" aria-label={t("timeline")}>
        <h2>{t("timeline")}</h2>
        <p className="muted">{t("timelineNoDates")}</p>
      </section>
    );

  const fromIndex = dates ? dayIndex(dates, from, 0) : 0;
  const upTo = to ?? dates[last];
  const happened = eventDates.filter((d) => d <= upTo && (!from || d >= from)).length;
  // A window moved by hand ends any paused play.
  const setTo = (i: number) => {
    playEnd.current = null;
    store.getState().setWindow(from, i >= last ? null : dates[i]);
  };
  const setFrom = (i: number) => {
    playEnd.current = null;
    store.getState().setWindow(i <= 0 ? null : dates[i], to);
  };
  const togglePlay = () => {
    const s = store.getState();
    if (s.playing) return s.setPlaying(false);
    // From the window's first day to its last; a paused play goes on to the same end.
    if (!playEnd.current || toIndex >= dayIndex(dates, playEnd.current.end, last)) {
      playEnd.current = { end: to };
      s.setWindow(from, dates[fromIndex]);
    }
    s.setPlaying(true);
  };
  const perDay = new Map<string, number>();
  for (const d of eventDates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const most = Math.max(1, ...perDay.values());

  return (
    <section className="timeline" aria-label={t("timeline")}>
      <h2>{t("timeline")}</h2>
      <ol className="timeline-axis" aria-label={t("timelineAxis")}>
        {dates.map((d, i) => {
          const n = perDay.get(d) ?? 0;
          const inside = i >= fromIndex && i <= toIndex;
          return (
            <li key={d} data-date={d} data-count={n} className={inside ? "inside" : undefined} title={t("timelineDayCount", { date: d, n })}>
              <span className="bar" style={{ height: `${Math.round((n / most) * 100)}%` }} />
              <span className="sr-only">{t("timelineDayCount", { date: d, n })}</span>
            </li>
          );
        })}
      </ol>
      <div className="timeline-row">
        <label htmlFor={`${id}-to`}>{t("timelineTo")}</label>
        <output htmlFor={`${id}-to`} className="timeline-date">
          {to ? dates[toIndex] : `${dates[last]} (${t("timelineAll")})`}
        </output>
      </div>
      <input
        id={`${id}-to`}
        type="range"
        min={0}
        max={last}
        step={1}
        value={toIndex}
        aria-valuetext={dates[toIndex]}
        onChange={(e) => setTo(Number(e.target.value))}
      />
      <div className="timeline-row">
        <label htmlFor={`${id}-from`}>{t("timelineFrom")}</label>
        <output htmlFor={`${id}-from`} className="timeline-date">
          {dates[fromIndex]}
        </output>
      </div>
      <input
        id={`${id}-from`}
        type="range"
        min={0}
        max={last}
        step={1}
        value={fromIndex}
        aria-valuetext={dates[fromIndex]}
        onChange={(e) => setFrom(Number(e.target.value))}
      />
      <fieldset className="undated-choice">
        <legend>{t("undatedChoice")}</legend>
        {(["keep", "hide"] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${id}-undated`} value={choice} checked={undated === choice} onChange={() => store.getState().setUndated(choice)} />
            {t(choice === "keep" ? "undatedKeep" : "undatedHide")}
          </label>
        ))}
      </fieldset>
      <div className="timeline-actions">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? `❚❚ ${t("pause")}` : `▶ ${t("play")}`}
        </button>
        {(from || to) && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              playEnd.current = null;
              store.getState().setWindow(null, null);
            }}
          >
            {t("resetTimeline")}
          </button>
        )}
      </div>
      <p className="muted timeline-count">{t("timelineEvents", { n: happened, total: eventDates.length })}</p>
    </section>
  );
}
