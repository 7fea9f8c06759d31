-- wrk: GET /v1/lookup for each query of QUERIES (one URL-encoded query a line), in turn.
local queries = {}
local path = os.getenv("QUERIES")
for line in io.lines(path) do queries[#queries + 1] = line end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/v1/lookup?limit=5&q=" .. queries[i])
end
