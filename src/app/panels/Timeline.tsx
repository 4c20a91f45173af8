// The timeline: two sliders over the days on which something dated happened,
// and a play button that replays them one by one. The map shows what had
// happened up to the chosen day (see filterView and appearanceDates).
import { useEffect, useId } from "react";
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

  const last = (dates?.length ?? 1) - 1;
  const toIndex = dates ? dayIndex(dates, to, last) : 0;

  useEffect(() => {
    if (!playing || !dates?.length) return;
    const timer = setInterval(() => {
      const s = store.getState();
      const at = dayIndex(dates, s.view.to, last);
      if (at >= last) {
        s.setWindow(s.view.from, null);
        s.setPlaying(false);
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
  const setTo = (i: number) => store.getState().setWindow(from, i >= last ? null : dates[i]);
  const setFrom = (i: number) => store.getState().setWindow(i <= 0 ? null : dates[i], to);
  const togglePlay = () => {
    const s = store.getState();
    if (s.playing) return s.setPlaying(false);
    if (toIndex >= last) s.setWindow(from, dates[fromIndex]);
    s.setPlaying(true);
  };

  return (
    <section className="timeline" aria-label={t("timeline")}>
      <h2>{t("timeline")}</h2>
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
      <div className="timeline-actions">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? `❚❚ ${t("pause")}` : `▶ ${t("play")}`}
        </button>
        {(from || to) && (
          <button type="button" className="link-button" onClick={() => store.getState().setWindow(null, null)}>
            {t("resetTimeline")}
          </button>
        )}
      </div>
      <p className="muted timeline-count">{t("timelineEvents", { n: happened, total: eventDates.length })}</p>
    </section>
  );
}
