-- wrk: POST /v2/check of one 800-word article (LanguageTool's form in FORM).
local f = io.open(os.getenv("FORM"), "r")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
