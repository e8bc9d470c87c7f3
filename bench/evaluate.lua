-- POST /api/v1/evaluations with worked example 1 of the rules, the app's own example file
-- (run.sh starts wrk from the repository root).
local file = assert(io.open("src/main/resources/examples/example-1.json", "r"))
local answers = file:read("*a")
file:close()

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "zh-Hans"
wrk.body = '{"answers":' .. answers .. '}'
-- Prints one machine-readable line after a wrk run: requests/s, p50 and p99 in ms, errors.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors))
end
