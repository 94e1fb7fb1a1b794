-- wrk script: POST one pasted resume as JSON to /api/v1/checks, again and again.
local f = assert(io.open(os.getenv("PRISM_BENCH_BODY"), "r"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = f:read("*a")
f:close()
