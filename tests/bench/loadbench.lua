-- wrk script of the load benchmark (tests/bench/loadbench.sh): paired
-- parents' phones pull at their latest cursor, and a share of the requests
-- are pushes (an absence report for the parent's child).
--
-- wrk ... -s loadbench.lua -- PHONES_FILE WRITE_PERCENT
-- PHONES_FILE: one phone a line, "TOKEN CURSOR CHILD_ID" (loadbench writes it).
-- Prints requests/s, p50/p99 latency and the answers by status.

local threads = {}
local nextThreadId = 0

function setup(thread)
   nextThreadId = nextThreadId + 1
   thread:set("threadId", nextThreadId)
   table.insert(threads, thread)
end

local phones = {}
local writePercent = 0
local requests = 0
local pushes = 0
statuses = {}
pushOutcomes = {}

function init(args)
   for line in io.lines(args[1]) do
      local token, cursor, child = line:match("^(%S+) (%S+) (%S+)$")
      table.insert(phones, { token = token, cursor = cursor, child = child })
   end
   writePercent = tonumber(args[2] or "0")
end

local function headers(phone, withBody)
   local h = {
      ["Aanwezig-Protocol"] = "1",
      ["Authorization"] = "Bearer " .. phone.token,
   }
   if withBody then
      h["Content-Type"] = "application/json"
   end
   return h
end

-- A report of two minutes in the last days: each push of a thread gets its
-- own slot, so that the reports of one child never overlap.
local function push()
   pushes = pushes + 1
   local index = (pushes - 1) % #phones
   local phone = phones[index + 1]
   local round = math.floor((pushes - 1) / #phones) + 1
   local slot = (round * 16 + threadId) * 3 * 60
   local start = os.time() - 6 * 86400 + slot
   local report = string.format(
      '{"id":"%08x-0000-4000-8000-%012x","student_id":"%s","code":"Z",' ..
      '"start":"%s","end":"%s","state":"sent"}',
      threadId, pushes, phone.child,
      os.date("%Y-%m-%dT%H:%M", start), os.date("%Y-%m-%dT%H:%M", start + 120))
   -- A client id of its own for each push (seq 1): a thread's connections
   -- send concurrently, and two pushes of one client id on two connections
   -- could arrive out of order (409 seq_gap).
   local body = string.format(
      '{"client_id":"%08x-0000-4000-8000-%012x","mutations":' ..
      '[{"seq":1,"name":"report_absence","args":{"report":%s}}]}',
      threadId, pushes, report)
   return wrk.format("POST", "/v1/sync/push", headers(phone, true), body)
end

-- Phones keep up as real ones do: a pull starts at the newest cursor this
-- thread has been given (cursors are positions in the server's one change
-- log, so any phone's is valid for another), not at the phone's first one
-- for ever (whose pages would grow with every push).
local newestCursor = 0
-- Cursors are "EPOCH.POSITION" (server/PROTOCOL.md, "Epochs"); one database,
-- one epoch.
local epoch = ""
local function position(cursor)
   local e, p = cursor:match("^(%x+)%.(%d+)$")
   if e then
      epoch = e
      return tonumber(p)
   end
   return tonumber(cursor)
end

function request()
   requests = requests + 1
   if requests % 100 < writePercent then
      return push()
   end
   local phone = phones[requests % #phones + 1]
   local cursor = math.max(position(phone.cursor), newestCursor)
   local prefix = epoch ~= "" and (epoch .. ".") or ""
   return wrk.format("GET", "/v1/sync/pull?cursor=" .. prefix .. string.format("%d", cursor),
                     headers(phone, false))
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   local nextCursor = status == 200 and body:match('"next_cursor":"([%x%.]+)"')
   if nextCursor then
      newestCursor = math.max(newestCursor, position(nextCursor))
   end
   if status == 200 and body:find('"results"', 1, true) then -- a push
      local outcome = body:match('"status":"(%a+)"') or "none"
      pushOutcomes[outcome] = (pushOutcomes[outcome] or 0) + 1
   end
end

-- "KEY: COUNT, ..." of a table of counts summed over the threads.
local function summed(name, format)
   local sums = {}
   for _, thread in ipairs(threads) do
      for key, count in pairs(thread:get(name)) do
         sums[key] = (sums[key] or 0) + count
      end
   end
   local parts = {}
   for key, count in pairs(sums) do
      table.insert(parts, string.format(format, key, count))
   end
   table.sort(parts)
   return table.concat(parts, ", ")
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("requests/s: %.0f\n", summary.requests / seconds))
   io.write(string.format("latency p50: %.2f ms, p99: %.2f ms, max: %.2f ms\n",
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
   io.write(string.format("answers by status: %s\n", summed("statuses", "%d: %d")))
   io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
      e.connect, e.read, e.write, e.timeout))
   local pushes = summed("pushOutcomes", "%s %d")
   if pushes ~= "" then
      io.write(string.format("pushed mutations: %s\n", pushes))
   end
end
