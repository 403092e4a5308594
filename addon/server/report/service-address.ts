// Which addresses of the region's service the add-on may call. Google lets an add-on fetch only
// the URL prefixes listed in its manifest's `urlFetchWhitelist`
// (https://developers.google.com/apps-script/manifest/allowlist-url), and `npm run build` writes
// there the address given in NASTAVNIK_SERVICE_URL; the build also puts that prefix here. Loopback
// addresses are let through for local tests only: Google's servers cannot reach them anyway.

declare const NASTAVNIK_SERVICE_PREFIX: string | undefined;

/** The service prefix this build was made for ('' when none was given). */
export function builtServicePrefix(): string {
  return typeof NASTAVNIK_SERVICE_PREFIX === 'string' ? NASTAVNIK_SERVICE_PREFIX : '';
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i;

/** True when `url` is the prefix or lies under it, by Google's allowlist matching rules. */
export function underPrefix(url: string, prefix: string): boolean {
  if (url === prefix) return true;
  if (prefix.endsWith('/')) return url.startsWith(prefix);
  return url.startsWith(prefix) && /^[/?#]/.test(url.slice(prefix.length));
}

/** Why the add-on cannot call this service address (Russian), or null when it can. */
export function serviceAddressProblem(url: string, prefix: string = builtServicePrefix()): string | null {
  if (LOOPBACK.test(url)) return null;
  if (!/^https:\/\//i.test(url)) {
    return `Адрес сервиса региона ${url} не защищён: нужен адрес, начинающийся с https://. Токен школы по незащищённому соединению не отправляется.`;
  }
  if (!prefix) {
    return `Эта сборка надстройки не знает адреса сервиса региона, а Google разрешает надстройке обращаться только к адресам из её манифеста. Попросите того, кто публикует надстройку в регионе, собрать её с адресом сервиса: NASTAVNIK_SERVICE_URL=${url.replace(/\/api\/v1\/.*$/, '')} npm run build.`;
  }
  if (!underPrefix(url, prefix)) {
    return `Адрес ${url} не входит в адрес сервиса, для которого собрана надстройка (${prefix}): Google не даст к нему обратиться. Укажите адрес сервиса ${prefix} или попросите пересобрать надстройку с вашим адресом.`;
  }
  return null;
}
