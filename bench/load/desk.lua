-- Requests for bench/load/desk-load.sh; `ids` (every story id) is prepended by the script.
-- MIX: "search" (distinct two-word searches over 200 news words, paged), "story" (a random story's
-- dossier), "mixed" (half and half).
local mix = os.getenv("MIX") or "mixed"
local words = {}
for w in string.gmatch([[president court police minister election company market health school
water fire music video data government trump clinton report study game campaign vote senate house
border war tax law bill debate poll state city money budget energy climate oil bank trade china
russia iran mexico europe women workers jobs wage prison crime gun attack security military army
navy troops refugees immigration officer judge jury trial lawyer family children student teacher
university hospital doctor drug insurance medicare republican democrat party leader speech rally
donor fund email server foundation investigation fbi justice department news media press
interview statement twitter facebook moderator question answer plan policy reform program office
agency director secretary governor mayor council county district voters turnout primary caucus
convention nominee running mate ferry port storm flood fashion brand ambassador model designer
museum film actor singer album concert festival team coach player match season league goal
injury transfer stadium fans airline flight airport train rail road bridge traffic accident crash
earthquake weather heat snow]], "%a+") do words[#words + 1] = w end
local n = 0
request = function()
  n = n + 1
  if mix == "story" or (mix == "mixed" and n % 2 == 0) then
    return wrk.format("GET", "/api/stories/" .. ids[math.random(#ids)])
  end
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/api/search?q=" .. q .. "&offset=" .. math.random(0, 2) * 20)
end
