// Reconnect's service worker. It keeps the app's own static files (styles, scripts, icons and
// the manifest) so that pages start quickly, and nothing else: every page, form and API answer,
// which may hold someone's private words, goes straight to the network and is never stored.
"use strict";

const CACHE = "reconnect-static-__VERSION__";
const PREFIX = "reconnect-static-";
const PRECACHE = [
  "/static/css/app.css",
  "/static/js/app.js",
  "/static/js/pwa.js",
  "/static/vendor/htmx.min.js",
  "/static/icons/icon.svg",
  "/static/icons/icon-192.png",
  "/manifest.webmanifest",
];

const isStatic = (url) =>
  url.origin === self.location.origin &&
  (url.pathname.startsWith("/static/") || url.pathname === "/manifest.webmanifest");

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

// A new version removes the caches of the old ones.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !isStatic(new URL(request.url))) {
    return;  // not ours to answer: the browser fetches it from the network as usual
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((kept) => kept || fetch(request).then((response) => {
        if (response.ok && response.type === "basic") {
          cache.put(request, response.clone());
        }
        return response;
      }))
    )
  );
});
