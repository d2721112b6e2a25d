-- wrk script for bench/serve_wrk.py.
--
-- The logged-in case: CLIPMIX_WRK_COOKIE (for example "sessionid=abc") is sent as the Cookie
-- header of every request, so the page is rendered for that user (their likes, follows,
-- blocks, the comment form). Empty or unset: an anonymous visitor.
--
-- At the end it writes one line, "WRK_JSON {...}", with what the benchmark reads: requests,
-- the run's duration, socket errors (connect, read, write, timeout), responses that were not
-- 2xx/3xx (wrk counts a status above 399 in errors.status) and the latency percentiles in
-- microseconds, from wrk's own HdrHistogram of every request.

local cookie = os.getenv("CLIPMIX_WRK_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d, "status": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read,
    errors.write, errors.timeout, errors.status, latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max))
end
