-- POST /api/v1/evaluations with worked example 1 of the rules.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "zh-Hans"
wrk.body = [[{"answers":{"age":52,"raDiagnosed":"yes","scoreKnown":"das28_esr","scoreValue":4.6,
"tenderJoints":["wrist_left","mcp2_right"],"swollenJoints":[],"morningStiffness":"over_60",
"patientGlobal":6,"pain":5,"esr":30,"csdmardsTried":["methotrexate"],"csdmardLongEnough":"yes",
"csdmardOutcome":"inadequate","advancedTried":[],"steroidCurrent":"no","jointFused":"no",
"jointDestroyedTold":"no","jointDeformity":"no","jointSurgery":"no","functionLevel":2,
"infectionNow":"no","infectionHistory":"no","tbHistory":"no","hepatitisHiv":"no","lungDisease":"no",
"cancer":"none","pregnancy":"not_applicable","organConditions":[],"otherAutoimmune":"no"}}]]
-- Prints one machine-readable line after a wrk run: requests/s, p50 and p99 in ms, errors.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors))
end
