/** The shell: header, navigation (which keeps the filters), the theme switch, and the view the path names. */
import { useEffect, useState } from "preact/hooks";
import type { Stats } from "./api.js";
import { filterQuery } from "./filters.js";
import { match, onLinkClick, useLocation } from "./router.js";
import { useApi } from "./use-api.js";
import { AnalyzeView } from "./views/analyze.js";
import { ArticleView } from "./views/article.js";
import { EventView } from "./views/event.js";
import { ExploreView } from "./views/explore.js";
import { ActorsView, DocumentsView, QuotesView } from "./views/lists.js";
import { MapView } from "./views/map.js";
import { NetworkView } from "./views/network.js";

type Theme = "light" | "dark" | "auto";

function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem("gazette-theme") as Theme | null) ?? "auto");
  useEffect(() => {
    if (theme === "auto") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", theme);
    localStorage.setItem("gazette-theme", theme);
  }, [theme]);
  const next = () => setTheme(theme === "auto" ? "dark" : theme === "dark" ? "light" : "auto");
  return [theme, next];
}

export function App() {
  const location = useLocation();
  const stats = useApi<Stats>("/api/stats");
  const [theme, nextTheme] = useTheme();
  const keep = filterQuery(location.query);
  const { path } = location;

  let view;
  let params: Record<string, string> | undefined;
  if (path === "/" || path === "") view = <ExploreView location={location} />;
  else if (path === "/network") view = <NetworkView location={location} />;
  else if (path === "/map") view = <MapView location={location} />;
  else if (path === "/documents") view = <DocumentsView location={location} />;
  else if ((params = match("/documents/:id", path))) view = <ArticleView id={params.id} location={location} />;
  else if ((params = match("/events/:id", path))) view = <EventView id={params.id} />;
  else if (path === "/actors") view = <ActorsView location={location} />;
  else if (path === "/quotes") view = <QuotesView location={location} />;
  else if (path === "/analyze") view = <AnalyzeView stats={stats.data} />;
  else view = <p class="error">No page here. <a href="/">Back to the events</a></p>;

  useEffect(() => {
    document.title = `gazette · ${path === "/" ? "events" : path.split("/")[1]}`;
  }, [path]);

  const nav = [
    { href: `/${keep}`, label: "Events", active: path === "/" },
    { href: `/network${keep}`, label: "Network", active: path === "/network" },
    { href: `/map${keep}`, label: "Map", active: path === "/map" },
    { href: "/documents", label: "Articles", active: path.startsWith("/documents") },
    { href: "/actors", label: "Actors", active: path === "/actors" },
    { href: "/quotes", label: "Quotes", active: path === "/quotes" },
    { href: "/analyze", label: "Analyse", active: path === "/analyze" },
  ];
  return (
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a href="/" class="brand">
          gazette
        </a>
        <nav aria-label="Views">
          {nav.map((n) => (
            <a key={n.label} href={n.href} aria-current={n.active ? "page" : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <div class="top-right">
          {stats.data && (
            <span class="stats muted">
              {stats.data.documents.toLocaleString("en-GB")} articles · {stats.data.clusters.toLocaleString("en-GB")} events
            </span>
          )}
          <button type="button" class="theme" onClick={nextTheme} aria-label={`Theme: ${theme}; switch`}>
            {theme === "auto" ? "◐ auto" : theme === "dark" ? "☾ dark" : "☀ light"}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {view}
      </main>
    </div>
  );
}
