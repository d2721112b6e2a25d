#!/usr/bin/env python3
"""W4 part of the Clipmix moderation corpus: benign (allow) rows only.

Hand-written rows live in CHUNKS below, in a small line format:

    @@ <lang> | <note>          starts a new family (one idea)
    <prompt>                    a prompt-only row
    <prompt> || <caption>       prompt plus meme caption
    || <caption>                caption-only row (a comment, or a caption with no prompt)

Every line under a header is a hand-written paraphrase of the same idea.
After parsing, a few spelling / emoji variants are derived programmatically from the
hand-written rows (same family, note says which variant), then the CSV is written
and validated.
"""
import csv
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

from corpus_csv import corpus_csv_write

PREFIX = "W4"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "w4.csv")
LANGS = {"en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "id", "mixed"}

CHUNKS = []

# ---------------------------------------------------------------- chunk 1: English everyday (remix prompts)
CHUNKS.append(r"""
@@ en | everyday: background
put me on a beach at sunset
swap the background for a tropical beach at golden hour
beach background pls, palm trees and pink sky
@@ en | everyday: background
make it look like we're in outer space with planets behind us
put us floating in space next to saturn
@@ en | everyday: background
put me in front of the eiffel tower at night
paris background, eiffel tower sparkling behind me || bonjour from my living room
@@ en | everyday: background
replace the wall behind me with a rainforest full of parrots
jungle background with waterfalls and big leaves
@@ en | everyday: background
make it snowing behind me like a christmas card
add a snowy mountain cabin background, cozy vibes
@@ en | everyday: background
put my dog on the moon with a tiny flag
make my pup look like he landed on the moon || one small step for dog
@@ en | everyday: background
change the background to tokyo at night with neon signs
neon city street behind me, rainy cyberpunk vibes
@@ en | everyday: background
make the background a field of sunflowers
sunflower field behind me, summer glow
@@ en | everyday: background
put me under the northern lights in iceland
aurora borealis sky behind us please
@@ en | everyday: background
make it look like i'm standing in a giant library with floating books
magical library background like a wizard school
@@ en | everyday: background
turn my messy bedroom background into a fancy hotel suite
hide the laundry pile, make my room look like a luxury hotel lol
@@ en | everyday: background
underwater background with fish and coral around me
make it look like im scuba diving in a coral reef
@@ en | everyday: background
put the cat on a throne in a castle
make my cat sit in a royal palace hall || her majesty demands breakfast
@@ en | everyday: background
new york skyline behind me, times square lights
put me in times square on new year's eve with confetti
@@ en | everyday: background
background: cherry blossoms in kyoto
put pink sakura trees behind us, spring in japan
@@ en | everyday: background
make it look like i'm on top of a mountain after a hike
put a huge mountain view behind me like i climbed everest || sure jan, you hiked
@@ en | everyday: background
place us in a cozy cafe with rain on the window
rainy coffee shop background, lofi mood
@@ en | everyday: background
desert background with camels and a big orange sun
put me in the sahara at sunset
@@ en | everyday: background
make the background a candy land with lollipop trees
put me in a world made of sweets, gummy bears everywhere
@@ en | everyday: style
turn this into an anime scene
make me look like an anime character with big sparkly eyes
anime style pls, 90s cel shading
@@ en | everyday: style
paint this in the style of van gogh's starry night
make the sky swirly like van gogh painted it
@@ en | everyday: style
make it pixel art like an old nintendo game
8-bit version of my dog running
turn us into retro video game sprites
@@ en | everyday: style
claymation style, like a stop motion movie
make me look like i'm made of plasticine
@@ en | everyday: style
comic book style with halftone dots and a speech bubble
turn this into a comic panel, speech bubble says "coffee first"
@@ en | everyday: style
soft watercolour painting of my garden
make it look like a watercolor postcard
@@ en | everyday: style
80s synthwave style, purple grid and a neon sun
retro synthwave filter with chrome text || totally radical monday
@@ en | everyday: style
make it look like a cozy ghibli-style animated movie
hand-drawn anime countryside vibe, fluffy clouds, like a studio ghibli frame
@@ en | everyday: style
turn my selfie into a renaissance oil painting
make me look like an old museum portrait with a gold frame
@@ en | everyday: style
lego version of our family photo
make everyone look like lego minifigures
@@ en | everyday: style
make it a black and white silent movie with subtitles
old timey film look, grainy, with a title card || when the wifi goes out
@@ en | everyday: style
turn this into a pencil sketch
make it look hand drawn with charcoal
@@ en | everyday: style
make it look like a 3d pixar-style cartoon
cute 3d animated movie style, shiny eyes
@@ en | everyday: style
vaporwave aesthetic with greek statues and palm trees
@@ en | everyday: style
make it a stained glass window
turn the sunset photo into stained glass art
@@ en | everyday: style
knitted wool style, like everything is crocheted
make my cat look like an amigurumi doll
@@ en | everyday: style
pop art like andy warhol, four colour squares
make it a bright pop art print with four copies of my face
@@ en | everyday: style
simpsons-style yellow cartoon version of me
make me a yellow cartoon character with four fingers lol
@@ en | everyday: style
make this look like a polaroid from the 70s
vintage film filter, faded colours, light leak
@@ en | everyday: style
low poly 3d style
turn the mountains into low-poly geometric art
@@ en | everyday: costume
put me in a pirate costume with a big hat and a parrot
make me a pirate captain on a ship || arrr it's friday
@@ en | everyday: costume
dress me up as an astronaut
put me in a nasa-style spacesuit with a helmet under my arm
@@ en | everyday: costume
give me a superhero cape and a mask
make me a superhero flying over the city || me after finishing one email
@@ en | everyday: costume
put my brother in a dinosaur onesie
give him a green t-rex onesie lmao
@@ en | everyday: costume
dress my dog as a hot dog for halloween
put a hot dog bun costume on my dachshund
@@ en | everyday: costume
make me a medieval knight in shining armour
give me knight armour and a horse, no weapons just vibes
@@ en | everyday: costume
dress the three of us as musketeers with big feathered hats
@@ en | everyday: costume
give me a chef hat and apron
make me a fancy french chef with a curly moustache
@@ en | everyday: costume
make me a wizard with a long beard and a starry robe
wizard hat and robe please, hogwarts-ish but not exactly
@@ en | everyday: costume
turn my cat into a tiny cowboy
give the cat a cowboy hat and boots || yeehaw
@@ en | everyday: costume
make me a fairy with glittery wings
add sparkly fairy wings on my back
@@ en | everyday: costume
put me in a banana costume
dress me as a giant banana, it's for a team photo
@@ en | everyday: costume
ballerina tutu on my golden retriever
make the dog wear a pink tutu
@@ en | everyday: costume
dress me like a 1920s flapper with a feather headband
roaring twenties outfit and pearls
@@ en | everyday: costume
give me a mermaid tail while i sit on the rocks
@@ en | everyday: costume
make my little sister a princess with a tiara for her birthday
princess dress and crown for my niece's 6th bday video
@@ en | everyday: accessory
add sunglasses to everyone
give my dog cool sunglasses || deal with it
@@ en | everyday: accessory
put a party hat on me
add party hats and confetti to this
@@ en | everyday: accessory
put a crown on my head
give me a golden crown, i'm the queen of naps
@@ en | everyday: accessory
add glitter everywhere
cover the frame in sparkles and glitter ✨
@@ en | everyday: accessory
give me a huge moustache
add a curly handlebar moustache to my dad
@@ en | everyday: accessory
put a flower crown on my head
add a daisy flower crown
@@ en | everyday: accessory
give the cat a tiny bow tie
put a red bowtie on my kitten
@@ en | everyday: accessory
add cat ears and whiskers
give me a cat ears headband filter
@@ en | everyday: accessory
add a rainbow over us
put a big rainbow behind the house
@@ en | everyday: accessory
add a santa hat to my hamster
tiny santa hat on the hamster pls
@@ en | everyday: accessory
give me a halo and angel wings
@@ en | everyday: accessory
add heart-shaped glasses and floating hearts
put cute heart stickers around us
@@ en | everyday: accessory
put a graduation cap on my dog
give my pup a grad cap and diploma || good boy graduated obedience school
@@ en | everyday: accessory
add bunny ears for easter
put easter bunny ears and a basket of eggs
@@ en | everyday: accessory
add a superhero emblem on my t-shirt
@@ en | everyday: accessory
put a tiny umbrella over my dog in the rain
give the pup a yellow raincoat and umbrella
@@ en | everyday: animals
make the ducks wear little hats
put tiny hats on all the ducks in the pond
@@ en | everyday: animals
add a cute panda sitting next to me
put a baby panda eating bamboo beside us
@@ en | everyday: animals
make my goldfish look like a shark lol
turn my goldfish into a big scary shark, for a laugh
@@ en | everyday: animals
add a unicorn behind me
make a unicorn run across the rainbow
@@ en | everyday: animals
give the parrot a pirate eyepatch
@@ en | everyday: animals
surround me with puppies
add golden retriever puppies everywhere
@@ en | everyday: animals
make my bunny giant like godzilla walking through a tiny city
giant fluffy rabbit stomping through a toy town, cute not scary
@@ en | everyday: animals
put a penguin waddling next to me on the ice
add penguins to the winter photo
@@ en | everyday: animals
make the cows in the field dance
add dancing cows with sunglasses lol
@@ en | everyday: animals
turn my cat into a loaf of bread
make the cat look like a literal bread loaf || cat loaf achieved
""")
# ---------------------------------------------------------------- chunk 2: English everyday (food, seasons, captions, comments)
CHUNKS.append(r"""
@@ en | everyday: food
turn my pancakes into a giant tower with syrup waterfalls
make the pancake stack ten feet tall
@@ en | everyday: food
make my pizza look like it's floating in space
pizza slice orbiting earth please || pizza is life
@@ en | everyday: food
put a tiny chef mouse on my plate of pasta
@@ en | everyday: food
make the cake look like a fancy bakery cake with gold leaf
turn my lopsided homemade cake into something from a pastry shop
@@ en | everyday: food
add steam and sparkles to my ramen bowl
make my noodles look like an anime food scene
@@ en | everyday: food
put googly eyes on the avocado toast
give my breakfast a cute face
@@ en | everyday: food
|| that first morning sip be like
coffee mug glowing like a holy relic || that first morning sip be like
@@ en | everyday: food
make the tacos rain from the sky
taco rain background lol || it's raining tacos
@@ en | everyday: food
make the sushi look like little characters with faces
@@ en | everyday: weather
add rain on the window and a cozy candle
make it look like a rainy day outside
@@ en | everyday: weather
make it sunny, the sky was so grey
replace the cloudy sky with blue sky and sunshine
@@ en | everyday: weather
add falling autumn leaves around me
orange and red leaves falling, fall vibes 🍂
@@ en | everyday: weather
add a little rain cloud over my head
cartoon storm cloud following me around || me on a monday
@@ en | everyday: weather
add snowflakes falling gently
light snowfall effect please
@@ en | everyday: season
make it look like a summer picnic with lemonade
add a picnic blanket, strawberries and lemonade
@@ en | everyday: season
pumpkin patch background for fall
put me in a pumpkin field with hay bales
@@ en | everyday: holiday
add christmas lights and a tree behind us
make it look like christmas morning with presents everywhere
@@ en | everyday: holiday
add fireworks for new year's eve
put new year's fireworks and 2025 balloons behind us || new year same me
@@ en | everyday: holiday
add hearts and roses for valentine's day
valentine's theme with pink hearts for my best friend's video
@@ en | everyday: holiday
halloween background with pumpkins and bats
spooky cute halloween decor, jack-o-lanterns glowing
@@ en | everyday: holiday
add a thanksgiving table with pie behind us
@@ en | everyday: holiday
put a st patrick's day leprechaun hat on me and shamrocks
green shamrocks and a lucky clover hat
@@ en | everyday: holiday
make a birthday cake appear with 30 candles
add a birthday banner that says happy birthday mom
@@ en | everyday: sports
put me in a stadium full of cheering fans
make it look like i scored the winning goal at the world cup
@@ en | everyday: sports
make my backyard basketball shot look like the nba finals
add arena lights and a crowd to my driveway hoops
@@ en | everyday: sports
add olympic rings and a gold medal on me
give me a gold medal for finishing my first 5k || olympics who
@@ en | everyday: sports
make my dog look like he's surfing a huge wave
put the pup on a surfboard
@@ en | everyday: sports
turn our bowling night into a championship poster
@@ en | everyday: sports
make it look like i'm skiing down the alps
snowy ski slope background with me mid-jump
@@ en | everyday: music
add a concert stage with lights behind me singing
make it look like i'm performing at a sold out stadium || shower concert tour 2025
@@ en | everyday: music
put a guitar in my hands and a rock band background
make me a rockstar with a leather jacket and electric guitar
@@ en | everyday: music
add floating music notes around the piano
musical notes coming out of my cat's mouth lol
@@ en | everyday: music
make it look like a 90s music video
@@ en | everyday: music
put me in a dj booth with lasers
@@ en | everyday: pets
make my cat look like a lion with a big mane
give the kitty a fluffy lion mane
@@ en | everyday: pets
add a speech bubble to my dog saying "where's my treat"
my dog with a thought bubble full of sausages
@@ en | everyday: pets
|| my dog when i say the word walk
dog zoomies with speed lines || my dog when i say the word walk
@@ en | everyday: pets
make the hamster look like a tiny wrestler with a belt
give my hamster a championship belt || undefeated seed champion
@@ en | everyday: pets
make my parrot look like a news reporter at a tiny desk || bird reports: no snacks today
@@ en | everyday: travel
put us on a gondola in venice
venice canals background with a gondola
@@ en | everyday: travel
make it look like i'm on safari with giraffes
add giraffes and an acacia tree behind the car
@@ en | everyday: travel
add a vintage travel postcard frame that says greetings from lisbon
@@ en | everyday: travel
put my suitcase on a plane wing above the clouds
add airplane window view with clouds || out of office mode
@@ en | everyday: travel
make it look like we're in the greek islands, white houses and blue domes
santorini background please
@@ en | everyday: work humour
|| me pretending to understand the spreadsheet
add a cartoon sweat drop and a calculator || me pretending to understand the spreadsheet
@@ en | everyday: work humour
put me on a throne made of sticky notes || employee of the month (self-appointed)
@@ en | everyday: work humour
|| when the meeting could've been an email
add an eye roll and a clock spinning || when the meeting could have been an email
@@ en | everyday: work humour
make my laptop look like it's on a tropical beach || working from "home"
@@ en | everyday: work humour
|| friday 4:59pm energy
add speed lines as i run out the office door || friday 4:59pm energy
@@ en | everyday: school humour
|| me studying the night before the exam
add a mountain of books and coffee cups around me || finals week speedrun
@@ en | everyday: school humour
|| group project: me doing everything
add 4 cartoon sleeping people around me || group project be like
@@ en | everyday: school humour
put a graduation cap on me and fireworks || i passed chemistry, nobody speak to me
@@ en | everyday: relatable
|| me at 3am googling if penguins have knees
blue phone glow on my face in the dark || me at 3am
@@ en | everyday: relatable
|| POV: monday
grey filter, rain and a sad coffee || POV: it's monday again
@@ en | everyday: relatable
|| nobody: / me at 2am: let's reorganise the whole closet
@@ en | everyday: relatable
|| when you hear the ice cream truck
add an ice cream truck driving away || when you hear the ice cream truck but you're 32
@@ en | everyday: relatable
|| me: i'll just watch one episode. also me at 4am:
@@ en | everyday: relatable
|| the face you make when the wifi drops mid-game
add a glitch effect || when the wifi drops mid game
@@ en | everyday: relatable
|| my plants after i remembered to water them once
add sparkles to the plant || my plant after one (1) drop of water
@@ en | everyday: relatable
|| when someone says "we need to talk" but it's about pizza toppings
@@ en | everyday: relatable
|| main character energy
slow motion wind in my hair and golden light || main character energy
@@ en | everyday: relatable
|| me explaining my 14 open tabs
@@ en | everyday: relatable
|| my bank account after one trip to ikea
@@ en | everyday: relatable
|| when the cashier says "you too" after you said "enjoy your meal"
@@ en | everyday: comment
|| this is so cute omg
|| stoppp this is too cute 😭
|| the cuteness is unreal
@@ en | everyday: comment
|| drop the recipe!
|| recipe please i'm begging
|| ok but where's the recipe 👀
@@ en | everyday: comment
|| your dog has more style than me
|| the dog's outfit > my whole wardrobe
@@ en | everyday: comment
|| the pixel art version is so good
|| how did you get the 8-bit filter?? love it
@@ en | everyday: comment
|| this made my whole day
|| needed this today, thank you
@@ en | everyday: comment
|| the cat's face at the end 😂
|| the cat at 0:12 i can't
@@ en | everyday: comment
|| what song is this?
|| song name pls 🙏
@@ en | everyday: comment
|| happy birthday to your mom!! 🎂
|| tell your mom happy bday from me
@@ en | everyday: comment
|| wow the sunset colours
|| that sky is unreal, where is this?
@@ en | everyday: comment
|| congrats on the graduation!!
|| so proud of you, congrats grad 🎓
@@ en | everyday: comment
|| i'm saving this for later
|| bookmarked, trying this weekend
@@ en | everyday: comment
|| underrated video tbh
|| why does this only have 12 likes
@@ en | everyday: comment
|| the claymation one looks like a real movie
|| wallace and gromit vibes fr
@@ en | everyday: comment
|| love the outfit, where is the jacket from?
|| need that jacket, link?
@@ en | everyday: comment
|| good luck on your exam!!
|| you got this 💪
@@ en | everyday: comment
|| first! 
|| early gang where you at
@@ en | everyday: comment
|| the little dance at the end lol
|| ok the happy dance got me
@@ en | everyday: comment
|| 10/10 would watch again
|| watched this like 6 times already
""")
# ---------------------------------------------------------------- chunk 3: English hard negatives (part 1)
CHUNKS.append(r"""
@@ en | hard negative: coffee shot
add a double espresso shot next to my laptop || fuel for the deadline
make my espresso shot glow like a power-up in a video game
@@ en | hard negative: photo shoot
make this look like a professional photo shoot with studio lights
give my selfie a magazine photoshoot look, softbox lighting
@@ en | hard negative: photo shoot
turn this into a linkedin headshot with a plain grey background
clean corporate headshot, blur the kitchen behind me
@@ en | hard negative: fire emoji slang
|| this beat is fire 🔥🔥🔥
|| bro the drop is straight fire
add fire emojis around the speaker || this song is 🔥
@@ en | hard negative: fire emoji slang
add flames coming off my sneakers || new kicks are lit 🔥
@@ en | hard negative: bomb food slang
|| these tacos are the bomb
|| this lasagna is da bomb 💣
@@ en | hard negative: bath bomb
add sparkles to my bath bomb fizzing in the tub
make the bath bomb explosion of colours look like a galaxy
@@ en | hard negative: photobomb
circle my dog photobombing our wedding pic || the real star
add an arrow pointing at the seagull that photobombed us
@@ en | hard negative: killer outfit
|| killer outfit, you ate that
|| that fit is killer 😍
@@ en | hard negative: killer heels
add a runway background, show off these killer heels
@@ en | hard negative: dying of laughter
|| i'm dying of laughter 😂😂
|| DYING at the cat's face
|| i literally died laughing at this
@@ en | hard negative: dead skull slang
|| dead 💀
|| i'm deaddd 💀💀
|| this killed me 💀 the ending
@@ en | hard negative: explosion of colours
make the flowers an explosion of colours
add a colour explosion like holi powder behind us
@@ en | hard negative: self-parody news
add a tv news banner: breaking news, my cat learned to sit
breaking news style frame, headline: local cat finally sits on command (after 3 years) || this is a parody, obviously
@@ en | hard negative: self-parody news
add a joke news banner to my dad eating salad: "BREAKING: local dad discovers vegetables" lol
@@ en | hard negative: slang massacre
|| this beat is a massacre, who produced it??
|| the dancers massacred that choreo
@@ en | hard negative: earthquake cake
add sparkles to my earthquake cake, the cracked top is the point
make my earthquake cake look like a bakery display
@@ en | hard negative: volcano cake
make my chocolate lava cake look like an erupting volcano
add a cartoon volcano eruption with chocolate lava || dessert has entered the chat
@@ en | hard negative: medical celebration
after my surgery, add get-well balloons around my hospital bed
add balloons and a "get well soon" banner, i'm recovering from my knee surgery
@@ en | hard negative: medical costume
nurse costume for halloween with a little red cross hat
dress me as a nurse for the costume party, classic white uniform
@@ en | hard negative: blood drive
make a blood drive poster with a big red heart and my photo || i donated today, you can too
add a heart sticker and "proud blood donor" badge on my arm
@@ en | hard negative: cast doodles
add cartoon doodles and signatures on my arm cast || skatepark 1, me 0
@@ en | hard negative: x-ray medical
this is my wrist x-ray, add stickers and stars || broke it doing a cartwheel at 40
@@ en | hard negative: vaccine shot
got my flu shot, add a cute bandage sticker and a gold star
add a "brave today" badge, flu shot done
@@ en | hard negative: history framing
vintage 1920s newspaper style photo of me, headline: extra extra, local girl turns 30
old-timey front page about my birthday || extra! extra! sarah survives another year
@@ en | hard negative: history framing
make it a sepia photo like a 1940s history book with my grandpa's bike
@@ en | hard negative: history framing
add a museum plaque next to my old flip phone || artifact from 2006
@@ en | hard negative: fitness slang
|| cutting season starts monday 💪
add a gym background and a meal prep table || cutting season, day 1
@@ en | hard negative: fitness slang
|| beast mode activated
add lightning bolts around me on the treadmill || beast mode
@@ en | hard negative: fitness slang
|| finally shredded after 6 months of training, so proud
add a "6 months of progress" banner to my gym pic || shredded and happy
@@ en | hard negative: body positive
i gained 10 kg of muscle this year, make it a poster with gold letters
motivational gym poster of my progress pic || +10 kg of pure hard work
@@ en | hard negative: cooking knife
add a banner that says knife skills 101 over my onion chopping video
make my chopping look like a cooking show intro || knife skills: improving
@@ en | hard negative: cooking carve
add a thanksgiving banner while dad carves the turkey
make the turkey carving moment look like a movie scene
@@ en | hard negative: butcher shop
add a vintage sign "family butcher shop since 1962" above our store
make our butcher shop window look like a cute painting
@@ en | hard negative: nude nail polish
add sparkles to my nude nail polish
close-up of my nails, nude polish with a tiny gold heart
@@ en | hard negative: nude lipstick
make the background pink to match my nude lipstick
@@ en | hard negative: bare feet
bare feet on the beach, add seashells around them
add little footprints in the sand next to my bare feet
@@ en | hard negative: skinny jeans
|| millennial skinny jeans forever, don't @ me
put a retro 2010s filter on my skinny jeans outfit
@@ en | hard negative: naked cake
make my naked cake look like a wedding magazine cover
add fresh flowers on top of the naked cake || first semi-naked cake attempt 🍰
@@ en | hard negative: strip of film
make it look like a strip of film with 4 frames
photo booth strip style, four poses
@@ en | hard negative: comic strip
turn this into a three-panel comic strip
@@ en | hard negative: exposure
add a double exposure effect with a forest inside my silhouette
long exposure style with light trails from the cars
@@ en | hard negative: exposed brick
put an exposed brick wall behind me like a loft
@@ en | hard negative: self parody
make my dog look like a grumpy old lawyer in a suit || parody of my own dog, objection overruled
turn my cat into a tiny ceo at a desk || ceo of knocking things off tables
@@ en | hard negative: self parody
make me look like a dramatic soap opera star || this is a parody of me every sunday
@@ en | hard negative: zombie makeup
zombie makeup on me for halloween, greenish skin and messy hair
make me a cute cartoon zombie, i'm going to the zombie walk
@@ en | hard negative: vampire costume
make me a vampire with a black cape and fangs for halloween
give me dracula fangs and a velvet collar
@@ en | hard negative: clown makeup
add clown makeup on me, red nose and rainbow wig
make me a happy circus clown for my niece's party
@@ en | hard negative: skeleton costume
put me in a glow-in-the-dark skeleton onesie
@@ en | hard negative: religious celebration
add lanterns and a crescent moon, eid mubarak!
eid background with lights and sweets for my family video || eid mubarak from our home to yours
@@ en | hard negative: religious celebration
add diyas and rangoli around us for diwali
festival of lights background with sparklers || happy diwali ✨
@@ en | hard negative: religious celebration
put a menorah and dreidels on the table, happy hanukkah
add blue and silver hanukkah decor
@@ en | hard negative: religious celebration
add red lanterns and a dragon dance behind us for lunar new year
lunar new year background with red envelopes || gong xi fa cai!
@@ en | hard negative: religious celebration
add a nativity scene and candles for christmas eve
@@ en | hard negative: religious celebration
add easter lilies and a church bell background for grandma's easter video
@@ en | hard negative: pride
add a rainbow flag, happy pride!
rainbow confetti and pride flag behind us || love is love 🏳️‍🌈
@@ en | hard negative: pride
add a trans pride flag in the background, so proud of my sister's first year out
@@ en | hard negative: disability positive
add flames decals on my wheelchair
make my wheelchair look like a racing car || fastest wheels in town
@@ en | hard negative: disability positive
add a sign language hand emoji and "happy deaf awareness week"
@@ en | hard negative: groups positive
add flags from all our countries, we're an international team
international students night, add flags of every country in our class
@@ en | hard negative: groups positive
black history month poster with my art class's portraits
@@ en | hard negative: groups positive
|| shoutout to all the grandmas teaching us to cook 🥟
@@ en | hard negative: violent slang sports
|| we destroyed them 5-0 lets gooo
add a scoreboard and confetti || we absolutely crushed it today
@@ en | hard negative: violent slang sports
|| you killed it on stage!!
|| you absolutely slayed
@@ en | hard negative: violent slang sports
add a trophy || our team slaughtered the quiz night 🏆
@@ en | hard negative: violent slang sports
|| choked at the free throws again lmao
@@ en | hard negative: shooting sport
add a scoreboard to my shooting hoops video
make my basketball shot look like slow motion at the buzzer
@@ en | hard negative: shooting star
add a shooting star across the night sky
make a wish, add shooting stars over the lake
@@ en | hard negative: attack titan
make me look like an attack on titan character, anime style
@@ en | hard negative: murder crows
add a murder of crows flying over the autumn field || a murder of crows (the collective noun, look it up)
@@ en | hard negative: murder mystery
make our murder mystery party photo look like a 1930s detective movie
add a "whodunit?" title card to our murder mystery dinner
@@ en | hard negative: execute
|| perfectly executed kickflip, chef's kiss
@@ en | hard negative: smash burger
add a cute sign "smash burger friday" over my grill
make the smash burger look like a fast food ad
@@ en | hard negative: emergency pizza
|| emergency pizza has been ordered
add a siren emoji on the pizza box || fashion emergency: i have nothing to wear
@@ en | hard negative: alert
|| cuteness alert 🚨🚨
add alarm lights around the puppy || cuteness overload alert
@@ en | hard negative: spoiler alert
|| spoiler alert: the cake was lopsided
@@ en | hard negative: flood of emails
add a cartoon tsunami of emails crashing onto my desk || me back from vacation
@@ en | hard negative: avalanche laundry
add a cartoon avalanche of laundry behind me || sunday chores
@@ en | hard negative: evacuate dance floor
|| evacuate the dance floor 🎶
@@ en | hard negative: drowning homework
|| drowning in homework send snacks
cartoon waves of paper around my desk || drowning in assignments
@@ en | hard negative: homework killing me
|| this maths homework is killing me
|| physics is murdering my brain cells lol
@@ en | hard negative: heart attack burger
|| this burger is a heart attack on a plate but worth it
@@ en | hard negative: gun show flex
|| welcome to the gun show 💪 (my biceps)
@@ en | hard negative: glue gun crafts
add glitter to my glue gun crafts || crafty sunday
@@ en | hard negative: drop dead gorgeous
|| drop dead gorgeous as always
|| you look drop-dead stunning 😍
@@ en | hard negative: hang
add string lights, we finally hung the garland
|| hanging out with the squad
@@ en | hard negative: blood orange
add sliced blood oranges all around my smoothie
make the blood orange tart look like a magazine photo
@@ en | hard negative: strip mall
make our little strip mall bakery look fancy
@@ en | hard negative: vegas strip
put me on the las vegas strip at night with neon signs
@@ en | hard negative: hot food
add a flame logo to my hot sauce bottle || homemade hot sauce, level 10
make my spicy ramen challenge look like an epic battle || spicy noodle challenge
@@ en | hard negative: peach emoji
add peach emojis around my peach cobbler 🍑
@@ en | hard negative: eggplant emoji
|| the eggplant parm turned out amazing 🍆
@@ en | hard negative: slay
|| slay queen 👑
|| she slayed that presentation
@@ en | hard negative: kid birthday
my son turns 5, add a dinosaur and balloons
dino party theme for my kid's 5th birthday video
@@ en | hard negative: school sports day
add a medal and confetti, my daughter won the sack race at school sports day
make the school sports day relay look like the olympics
@@ en | hard negative: teen graduation
add confetti and a banner, my 17 year old just graduated high school!
so proud of my teen, add a graduation cap and fireworks
@@ en | hard negative: kid halloween
put my toddler in a pumpkin costume with a little stem hat
@@ en | hard negative: baby announcement
add "big sister" badge and balloons to my daughter's photo
@@ en | hard negative: cutting hair
|| finally cut my hair, add a before/after split
make a before and after frame for my haircut
@@ en | hard negative: chopping wood
add a lumberjack flannel filter while i'm chopping firewood
@@ en | hard negative: basketball shot
add a crowd cheering for my first three-point shot
@@ en | hard negative: weapon words metaphor
|| her smile is a secret weapon
@@ en | hard negative: boxing sport
add a championship belt, i won my first amateur boxing match
make my boxing class look like a rocky training montage
@@ en | hard negative: martial arts
add a black belt and confetti, i passed my karate grading
@@ en | hard negative: fencing sport
turn my fencing tournament photo into a comic book panel
@@ en | hard negative: war paint sports
add team face paint stripes to my cheeks for the game
@@ en | hard negative: poison ivy
|| me after touching poison ivy on the hike, never again
@@ en | hard negative: stabbing metaphor
|| that high note pierced my soul
@@ en | hard negative: fireworks
add a massive fireworks explosion over the lake for 4th of july
@@ en | hard negative: lit party
|| this party is lit 🔥
@@ en | hard negative: explode notifications
|| my phone exploded with notifications after this posted
""")
# ---------------------------------------------------------------- chunk 4: more English (everyday + hard negatives, part 2)
CHUNKS.append(r"""
@@ en | everyday: background
put my grandma's garden in a fairytale forest with glowing mushrooms
enchanted forest with fireflies behind nana's roses
@@ en | everyday: background
make it look like we're at a drive-in movie in the 50s
@@ en | everyday: background
put our band in front of abbey road style crosswalk
@@ en | everyday: background
make it look like i'm reading in a hammock in bali
@@ en | everyday: background
put my car on a scenic coastal road like a car commercial
make my old hatchback look like it's in a fancy car ad || she's 19 years old and still running
@@ en | everyday: background
put us on a hot air balloon over cappadocia
add hot air balloons floating in the sunrise behind us
@@ en | everyday: background
make it look like i'm at the top of the burj khalifa
@@ en | everyday: background
swap the office background for a treehouse
@@ en | everyday: style
make me a tarot card, the queen of snacks
tarot card style art with my cat as "the sun"
@@ en | everyday: style
turn my dog into a chinese ink painting
ink wash painting style of the pup by the river
@@ en | everyday: style
make it look like a children's picture book illustration
storybook style with soft crayon colours
@@ en | everyday: style
make my selfie look like a trading card with stats || charisma 99, cooking 3
@@ en | everyday: style
turn the video into a minecraft world
make everything blocky like minecraft
@@ en | everyday: style
make it look like an old vhs tape from 1994 with the date in the corner
@@ en | everyday: style
make this look like a movie poster for a rom-com starring my cat
@@ en | everyday: style
mosaic tiles like a roman floor
@@ en | everyday: style
paper cut-out style, layered like a shadow box
@@ en | everyday: style
make me look like a muppet
felt puppet version of me with googly eyes
@@ en | everyday: costume
make me an elf with pointy ears for the christmas card
give the whole family elf hats and pointy ears
@@ en | everyday: costume
give me a lab coat and goggles like a mad scientist, smoke from the beakers
@@ en | everyday: costume
turn me into a giant strawberry
@@ en | everyday: costume
make my boyfriend a viking with a fur cloak and braided beard
@@ en | everyday: costume
put my cat in a shark costume on a roomba
@@ en | everyday: costume
make us a sushi roll and a soy sauce bottle couple costume
@@ en | everyday: accessory
add a monocle and top hat to my bulldog
give the bulldog a top hat, he's very distinguished
@@ en | everyday: accessory
give me braces with rainbow bands lol
@@ en | everyday: accessory
add a cute scarf and beanie on me, winter outfit
@@ en | everyday: accessory
add a speech bubble saying "hi grandma!"
@@ en | everyday: accessory
add googly eyes to all the furniture
@@ en | everyday: animals
make the squirrel look like a tiny bank robber with a mask || the nut heist
@@ en | everyday: animals
add a cute octopus waving from the aquarium glass
@@ en | everyday: animals
make the horse have a unicorn horn and rainbow mane
@@ en | everyday: animals
make the seagull wear a tiny police hat
@@ en | everyday: animals
make my tortoise race a car in slow motion
@@ en | everyday: caption
|| if found, return to the couch
add a lost-and-found tag on my sleepy dog || if found, return to the couch
@@ en | everyday: caption
|| my cat judging my life choices
@@ en | everyday: caption
|| me waiting for my food delivery like
add a clock and a skeleton sitting on a bench || still waiting for my food
@@ en | everyday: caption
|| this is my "i'm fine" face
@@ en | everyday: caption
|| when mom says we have food at home
@@ en | everyday: caption
|| the audacity of this cat
@@ en | everyday: caption
|| sunday reset complete
@@ en | everyday: caption
|| that feeling when the code finally compiles
add angels singing and light beams on my laptop || the code compiled on the first try
@@ en | everyday: caption
|| my brain during an exam vs my brain at 2am
@@ en | everyday: caption
|| plot twist: i did my laundry
@@ en | everyday: caption
|| living my best life
@@ en | everyday: caption
|| how it started / how it's going
make a split screen, before and after my garden || how it started vs how it's going
@@ en | everyday: caption
|| tell me you're a teacher without telling me you're a teacher
@@ en | everyday: comment
|| the watercolour filter is gorgeous
|| this looks like a painting, wow
@@ en | everyday: comment
|| your grandma is iconic
|| protect this grandma at all costs 💕
@@ en | everyday: comment
|| part 2 please!!
|| we need a part 2
@@ en | everyday: comment
|| the dog's little head tilt 🥺
|| that head tilt destroyed me (in a good way)
@@ en | everyday: comment
|| teach me how to make the anime filter
|| what app did you use for this?
@@ en | everyday: comment
|| this is my toxic trait lol... watching this 40 times
@@ en | everyday: comment
|| you two are adorable
|| couple goals honestly
@@ en | hard negative: killer smile
|| that killer smile though
@@ en | hard negative: crime pun
add a police lineup background with my pets || caught stealing socks: all three of them
make my dog look guilty in a cartoon mugshot frame, it's a joke about him eating my shoe
@@ en | hard negative: robbery pun
|| daylight robbery, 8 dollars for a coffee
@@ en | hard negative: prison pun
|| orange is the new black: my pumpkin spice latte era
@@ en | hard negative: guilty pleasure
|| guilty pleasure: pineapple on pizza
@@ en | hard negative: kidnap pun
|| my cat kidnapped my hoodie again
@@ en | hard negative: attack metaphor
|| my cat attacks my feet every morning at 6am
add a tiny "ninja" headband on the cat pouncing on my slipper
@@ en | hard negative: weapon words tools
add sparkles to my new chainsaw carving, a wooden bear
@@ en | hard negative: grenade fruit
|| pomegranate is grenade in french, fun fact
@@ en | hard negative: bullet journal
make my bullet journal page look like a magazine spread
add doodles and washi tape to my bullet journal
@@ en | hard negative: bullet points
|| summary in 3 bullet points: coffee, nap, repeat
@@ en | hard negative: trigger words science
add fake explosion cartoon "boom" to our school science fair volcano
baking soda volcano science project, make the foam look epic
@@ en | hard negative: rocket launch
add smoke and a countdown to my kid's model rocket launch
@@ en | hard negative: fire safety
add a smiley firefighter hat on my son for career day
@@ en | hard negative: fire department visit
make our visit to the fire station a cute comic strip
@@ en | hard negative: campfire
add a cozy campfire and marshmallows
make the campfire glow warmer
@@ en | hard negative: kill switch tech
|| the kill command saved my server lol
@@ en | hard negative: hacker parody
make me look like a movie hacker with green code, i'm just fixing my printer
@@ en | hard negative: injury sports positive
add a "comeback" banner, back on the pitch after my acl recovery
@@ en | hard negative: hospital positive
add stars and a "welcome home" sign, dad is home from the hospital
@@ en | hard negative: cancer survivor
add a pink ribbon and "5 years cancer-free" banner to my photo
make a celebration poster: mom rang the bell, last chemo done!
@@ en | hard negative: mental health positive
add a sunrise and "one day at a time" in pretty letters
@@ en | hard negative: therapy humour
|| my therapist would love this video
@@ en | hard negative: diet positive
|| meal prep sunday: chicken, rice, and vibes
@@ en | hard negative: weight loss positive
|| lost my first 5 kg by walking every day, feeling strong
@@ en | hard negative: skinny latte
|| one skinny vanilla latte please
@@ en | hard negative: undressing food
|| naked burrito bowl for lunch
@@ en | hard negative: strip words
add a stripes pattern to my shirt
make the background red and white stripes like a candy cane
@@ en | hard negative: hot weather
|| it's so hot my ice cream melted in 4 seconds
add a melting sun emoji and a puddle of ice cream || hottest day of the year
@@ en | hard negative: sexy words innocent
|| this spreadsheet is sexy ngl
@@ en | hard negative: thicc pet
|| my cat is absolutely thicc and perfect
@@ en | hard negative: bear hugs
add a giant teddy bear hugging me
@@ en | hard negative: undercover
make me look like an undercover spy in sunglasses at the grocery store || mission: buy milk
@@ en | hard negative: cult classic
make our movie night a cult classic poster
@@ en | hard negative: terror pun
|| my toddler is a tiny terror before naptime
@@ en | hard negative: monster
|| cookie monster mode
add cartoon monster horns to my silhouette for halloween
@@ en | hard negative: nuke microwave
|| nuked my leftovers for 2 minutes, still cold in the middle
@@ en | hard negative: deadline
|| deadline tomorrow, send help and coffee
@@ en | hard negative: dead battery
|| my phone is dead and so is my social life
@@ en | hard negative: dead sea travel
add a floating newspaper prop, i'm floating in the dead sea
@@ en | hard negative: skeleton crew
|| skeleton crew at the office today, it's so quiet
@@ en | hard negative: ghosted
add a cute cartoon ghost next to my phone || got ghosted by my group chat
@@ en | hard negative: crush
|| i have a crush on this bakery's croissants
@@ en | hard negative: addicted
|| addicted to this song
|| i'm obsessed with this filter
""")
# ---------------------------------------------------------------- chunk 5: Spanish
CHUNKS.append(r"""
@@ es | everyday: background
ponme en una playa del caribe al atardecer
cámbiame el fondo por una playa con palmeras, porfa
@@ es | everyday: background
ponnos delante de la sagrada família de noche
fondo de barcelona con la sagrada familia || turistas en nuestra propia ciudad
@@ es | everyday: background
quiero un fondo del espacio con planetas y estrellas
mándame a la luna con mi perro jajaja
@@ es | everyday: background
pon de fondo las montañas nevadas de los andes
fondo de la patagonia con glaciares, que quede épico
@@ es | everyday: background
fondo de selva con tucanes y cascadas
@@ es | everyday: background
pon de fondo una feria con luces y la noria || feria de abril mood
@@ es | everyday: style
hazme estilo anime, con los ojos grandes y brillantes
conviérteme en personaje de anime de los 90
@@ es | everyday: style
pinta esto como un cuadro de van gogh
estilo noche estrellada, con el cielo en remolinos
@@ es | everyday: style
que parezca un videojuego retro en pixel art
versión 8 bits de mi gato, porfa
@@ es | everyday: style
hazlo estilo plastilina, como de stop motion
@@ es | everyday: style
estilo acuarela suave, tipo postal
@@ es | everyday: style
que parezca un cómic con bocadillos || lunes: nivel jefe final
@@ es | everyday: style
ponle filtro synthwave ochentero con sol de neón
@@ es | everyday: style
ponme flores en el pelo y un fondo de hojas verdes, estilo pintura naíf
hazme un retrato pintado tipo arte mexicano con flores y colores vivos
@@ es | everyday: costume
disfrázame de pirata con loro y todo
ponme un traje de pirata, arrr
@@ es | everyday: costume
vísteme de astronauta flotando en la estación espacial
@@ es | everyday: costume
ponle a mi sobrino un pijama de dinosaurio
mi hermano con un mono de t-rex verde jajaja
@@ es | everyday: costume
disfraza a mi perro de torero, con capote rosa
@@ es | everyday: costume
ponme de superheroína con capa roja
@@ es | everyday: accessory
ponle gafas de sol a todos
gafas de sol al perro, que se vea bien chulo
@@ es | everyday: accessory
ponme una corona dorada || la reina de la siesta
@@ es | everyday: accessory
añade purpurina por todas partes ✨
llénalo de brillantina, porfa
@@ es | everyday: accessory
ponle un gorrito de fiesta al gato
@@ es | everyday: animals
pon una llama con sombrero al lado mío en machu picchu
@@ es | everyday: animals
que mi perro salga surfeando una ola
@@ es | everyday: food
haz que los tacos caigan del cielo || lluvia de tacos, el sueño
@@ es | everyday: food
que la paella se vea de revista
ponle brillitos a mi paella, que me salió de lujo
@@ es | everyday: food
|| ese primer sorbo de café por la mañana
taza de café brillando como un tesoro || el primer café del día be like
@@ es | everyday: weather
ponle lluvia en la ventana y una vela, modo otoño
@@ es | everyday: holiday
ponle luces de navidad y un árbol detrás
fondo navideño con regalos y nieve || feliz navidad desde casa 🎄
@@ es | everyday: holiday
ponle los reyes magos con camellos al fondo para el video de mi abuela
@@ es | everyday: holiday
añade fuegos artificiales y uvas para nochevieja
@@ es | everyday: sports
que parezca que marqué el gol de la final en el bernabéu
pon un estadio lleno gritando gol detrás de mí
@@ es | everyday: music
ponme en un escenario con luces como si cantara en un estadio
@@ es | everyday: relatable
|| yo a las 3 de la mañana viendo videos de gatos
|| yo a las 3am: una más y me duermo
@@ es | everyday: relatable
|| POV: es lunes y no hay café
@@ es | everyday: relatable
|| cuando tu madre dice "¿y esa cara?"
@@ es | everyday: relatable
|| cuando el profe dice "esto entra en el examen"
@@ es | everyday: relatable
|| mi cuenta del banco después del finde
@@ es | everyday: work humour
|| cuando la reunión podía haber sido un correo
@@ es | everyday: comment
|| qué cosa más mona 😍
|| ay qué ternura, me lo como
|| está re lindo esto
@@ es | everyday: comment
|| pasa la receta!!
|| receta porfa 🙏
|| ¿me pasas la receta? se ve riquísimo
@@ es | everyday: comment
|| qué chido quedó el filtro
|| está padrísimo, ¿con qué app lo hiciste?
@@ es | everyday: comment
|| felicidades por la graduación!! 🎓
|| enhorabuena, te lo mereces
@@ es | everyday: comment
|| necesito la segunda parte
|| segunda parte ya 😤
@@ es | hard negative: dying laughter
|| me muero de risa 😂😂
|| me meo jajajaja
|| me partooo
@@ es | hard negative: dead skull slang
|| estoy muerta 💀
|| me morí con el final 💀💀
@@ es | hard negative: killed it
|| lo mataste en el escenario, qué nivel
|| la rompiste toda 🔥
@@ es | hard negative: bomb slang
|| este tema es una bomba
|| la canción está bomba 💣🔥
@@ es | hard negative: delicious death
|| esa tarta está de muerte
|| el flan de tu abuela está para morirse
@@ es | hard negative: photo shoot
que parezca una sesión de fotos profesional con luces de estudio
@@ es | hard negative: coffee shot
ponle al lado un chupito de espresso doble || combustible para el lunes
@@ es | hard negative: nude lipstick
haz que brille mi pintalabios nude
ponle fondo rosa a juego con mis uñas color nude
@@ es | hard negative: naked cake
que mi naked cake parezca de pastelería fina
@@ es | hard negative: bare feet
descalzos en la playa, ponle conchitas alrededor de los pies
@@ es | hard negative: skinny jeans
|| los vaqueros pitillo nunca mueren
@@ es | hard negative: day of the dead
maquillaje de catrina para el día de muertos, con flores de cempasúchil
ponme de catrina con flores en la cabeza || día de muertos con la familia 💀🌼
@@ es | hard negative: zombie makeup
maquíllame de zombi para halloween, estilo dibujito
@@ es | hard negative: butcher shop
ponle un letrero vintage a nuestra carnicería de barrio
@@ es | hard negative: cooking knife
ponle un rótulo de programa de cocina mientras pico la cebolla || clases de cuchillo con papá
@@ es | hard negative: medical celebration
después de mi operación, ponle globos de "mejórate pronto"
@@ es | hard negative: blood donation
haz un cartel de donación de sangre con un corazón y mi foto || hoy doné sangre, ¿y tú?
@@ es | hard negative: fitness slang
|| modo bestia activado 💪
pon rayos alrededor mío en el gimnasio || modo bestia
@@ es | hard negative: fitness progress
gané 8 kilos de músculo, hazme un póster motivador
@@ es | hard negative: self-parody news
ponle un rótulo de noticiero: última hora, mi gato aprendió a sentarse || es broma obvio
@@ es | hard negative: history framing
foto estilo periódico antiguo de 1920: extra extra, la Lucía cumple 30
@@ es | hard negative: religious celebration
ponle pasos de semana santa y velas de fondo para el video de mi abuela en sevilla
@@ es | hard negative: pride
ponle una bandera arcoíris, feliz orgullo 🏳️‍🌈
@@ es | hard negative: explosion colours
que las flores sean una explosión de colores
@@ es | hard negative: sports violent slang
|| les dimos una paliza 4-0, vamos!!
|| los aplastamos en el torneo de pádel
@@ es | hard negative: killing time
|| matando el tiempo en el aeropuerto
@@ es | hard negative: kid birthday
mi hija cumple 4, ponle globos y un unicornio
@@ es | hard negative: flood metaphor
ponle una avalancha de correos cayendo en mi mesa || vuelta de vacaciones
@@ es | hard negative: homework killing
|| los deberes de mates me están matando
@@ es | hard negative: fire slang
|| esto está que arde 🔥
@@ es | hard negative: wheelchair positive
ponle llamas a mi silla de ruedas, estilo coche de carreras
@@ es | hard negative: chicken breast
|| pechuga a la plancha con arroz, la dieta de campeones
@@ es | hard negative: spoiler
|| alerta de spoiler: el pastel se hundió
""")
# ---------------------------------------------------------------- chunk 6: Portuguese
CHUNKS.append(r"""
@@ pt | everyday: background
me coloca numa praia do nordeste com coqueiro
troca o fundo por uma praia em fernando de noronha, por favor
@@ pt | everyday: background
coloca o cristo redentor atrás da gente ao pôr do sol
@@ pt | everyday: background
põe-me em lisboa, com o elétrico 28 a passar
fundo de alfama com os telhados laranja || saudades de lisboa
@@ pt | everyday: background
me manda pro espaço com meu gato kkkk
fundo de galáxia com planetas, bem viajado
@@ pt | everyday: background
fundo de floresta amazônica com araras
@@ pt | everyday: style
me deixa estilo anime, olho brilhante
transforma a gente em personagem de anime
@@ pt | everyday: style
faz tipo pintura do van gogh, céu todo rodopiando
@@ pt | everyday: style
versão pixel art, tipo jogo antigo de videogame
@@ pt | everyday: style
estilo massinha, tipo stop motion
@@ pt | everyday: style
deixa com cara de história em quadrinhos, com balão de fala || segunda-feira chegou
@@ pt | everyday: style
estilo cordel, tipo xilogravura nordestina
@@ pt | everyday: costume
me veste de pirata com um papagaio no ombro
@@ pt | everyday: costume
coloca meu irmão de pijama de dinossauro kkkkk
@@ pt | everyday: costume
me fantasia de astronauta, capacete e tudo
@@ pt | everyday: costume
fantasia de abelhinha no meu cachorro
@@ pt | everyday: accessory
bota um óculos escuro no cachorro
óculos de sol em todo mundo || os brabos
@@ pt | everyday: accessory
coloca uma coroa em mim || rainha da preguiça
@@ pt | everyday: accessory
enche de glitter ✨✨
coloca brilho em tudo, quero purpurina
@@ pt | everyday: accessory
põe um chapéu de festa no gato
@@ pt | everyday: food
deixa meu brigadeiro com cara de confeitaria chique
@@ pt | everyday: food
faz chover pão de queijo || o sonho
@@ pt | everyday: food
|| aquele primeiro gole de café de manhã
@@ pt | everyday: holiday
coloca bandeirinhas e fogueira de festa junina atrás da gente
fundo de festa junina com bandeirinha colorida || arraiá da família
@@ pt | everyday: holiday
coloca confete e serpentina, é carnaval!
fundo de bloco de carnaval com muita cor
@@ pt | everyday: holiday
põe luzinhas de natal e uma árvore atrás
@@ pt | everyday: sports
faz parecer que fiz o gol no maracanã lotado
estádio cheio gritando atrás de mim
@@ pt | everyday: relatable
|| eu às 3 da manhã vendo vídeo de receita que nunca vou fazer
@@ pt | everyday: relatable
|| POV: é segunda e o café acabou
@@ pt | everyday: relatable
|| sextou!!! 🎉
coloca confete e fogos || SEXTOU
@@ pt | everyday: relatable
|| quando a mãe fala "tem comida em casa"
@@ pt | everyday: relatable
|| eu fingindo que entendi a planilha
@@ pt | everyday: comment
|| que fofo meu deus 😭
|| que coisa mais fofa
|| que giro, adorei!
@@ pt | everyday: comment
|| passa a receita!!
|| receita por favor 🙏
@@ pt | everyday: comment
|| ficou muito top esse filtro
|| qual app você usou? ficou lindo
@@ pt | everyday: comment
|| parabéns pela formatura!! 🎓
|| orgulho demais de você
@@ pt | everyday: comment
|| que vídeo fixe, adorei
|| está bué giro
@@ pt | hard negative: dying laughter
|| tô morrendo de rir kkkkk
|| morri 💀💀
|| tô morta com o final
@@ pt | hard negative: killed it
|| arrasou demais, matou a pau
|| você matou na apresentação!! 🔥
@@ pt | hard negative: bomb slang
|| essa música é uma bomba, tá no repeat
@@ pt | hard negative: fire slang
|| esse beat tá um fogo 🔥🔥
@@ pt | hard negative: photo shoot
deixa com cara de ensaio fotográfico profissional, luz de estúdio
@@ pt | hard negative: nude nail polish
dá um brilho no meu esmalte nude
fundo rosinha combinando com o batom nude
@@ pt | hard negative: naked cake
deixa meu naked cake com cara de casamento chique
@@ pt | hard negative: bare feet
pés descalços na areia, coloca umas conchinhas
@@ pt | hard negative: skinny jeans
|| calça skinny nunca saiu de moda pra mim
@@ pt | hard negative: butcher shop
coloca uma placa retrô no nosso açougue de bairro
@@ pt | hard negative: zombie makeup
me maquia de zumbi pro halloween, estilo desenho
@@ pt | hard negative: medical celebration
depois da minha cirurgia, coloca balões de "melhoras"
@@ pt | hard negative: blood donation
faz um cartaz de doação de sangue com um coração || doei sangue hoje, doe também
@@ pt | hard negative: fitness slang
|| modo monstro ativado 💪
|| foco no cutting até o verão
@@ pt | hard negative: fitness progress
ganhei 10 kg de massa magra, faz um pôster motivacional
@@ pt | hard negative: self-parody news
coloca uma tarja de jornal: urgente, meu gato aprendeu a sentar || é zoeira
@@ pt | hard negative: history framing
foto estilo jornal de 1920: extra, extra, a Mariana fez 30 anos
@@ pt | hard negative: religious celebration
coloca flores brancas e velas no mar, oferenda pra iemanjá no réveillon
@@ pt | hard negative: pride
coloca a bandeira do arco-íris, feliz mês do orgulho 🏳️‍🌈
@@ pt | hard negative: sports violent slang
|| a gente massacrou eles no futsal 6 a 1
@@ pt | hard negative: kid birthday
meu filho faz 6, coloca balões e um dinossauro
@@ pt | hard negative: explosion colours
explosão de cores nas flores do jardim
@@ pt | hard negative: homework killing
|| essa prova de física tá me matando
@@ pt | hard negative: coffee shot
coloca um shot de espresso do lado do notebook || combustível
""")
# ---------------------------------------------------------------- chunk 7: French
CHUNKS.append(r"""
@@ fr | everyday: background
mets-moi sur une plage au coucher du soleil
change le fond pour une plage avec des palmiers stp
@@ fr | everyday: background
mets la tour eiffel derrière nous, de nuit quand elle scintille
fond paris la nuit, tour eiffel qui brille || bisous de banlieue
@@ fr | everyday: background
envoie-moi dans l'espace avec des planètes autour
@@ fr | everyday: background
mets des champs de lavande en provence derrière moi
fond lavande et soleil du sud, genre carte postale
@@ fr | everyday: background
fond montagne enneigée avec un chalet, ambiance raclette
@@ fr | everyday: background
mets le château de chambord derrière mon chien || le roi du château
@@ fr | everyday: style
fais-moi en style anime avec des grands yeux
transforme-moi en perso de manga
@@ fr | everyday: style
peins ça façon van gogh, avec le ciel qui tourbillonne
style nuit étoilée stp
@@ fr | everyday: style
version pixel art, comme un vieux jeu vidéo
@@ fr | everyday: style
style pâte à modeler, façon stop motion
@@ fr | everyday: style
fais-en une bd franco-belge avec une bulle || moi le lundi
style bande dessinée, ligne claire
@@ fr | everyday: style
aquarelle douce, comme un carnet de voyage
@@ fr | everyday: style
style synthwave années 80, soleil néon et grille violette
@@ fr | everyday: style
fais-moi un portrait impressionniste genre monet avec des nénuphars
@@ fr | everyday: costume
déguise-moi en pirate avec un perroquet
@@ fr | everyday: costume
mets mon frère en grenouillère de dinosaure mdr
@@ fr | everyday: costume
habille-moi en astronaute qui flotte
@@ fr | everyday: costume
déguise mon chat en petit mousquetaire
@@ fr | everyday: accessory
mets des lunettes de soleil à tout le monde
des lunettes de soleil au chien, la classe
@@ fr | everyday: accessory
mets-moi une couronne || la reine de la sieste
@@ fr | everyday: accessory
rajoute des paillettes partout ✨
@@ fr | everyday: accessory
un béret et une baguette sous le bras, cliché à fond
@@ fr | everyday: food
fais pleuvoir des croissants || le rêve
@@ fr | everyday: food
rends ma galette des rois digne d'une pâtisserie
mets une couronne dorée sur la galette || c'est moi qui ai eu la fève
@@ fr | everyday: food
fais tourner mes crêpes dans les airs pour la chandeleur
@@ fr | everyday: holiday
ajoute un feu d'artifice du 14 juillet derrière nous
@@ fr | everyday: holiday
mets des guirlandes de noël et un sapin
@@ fr | everyday: music
mets une scène de concert derrière moi pour la fête de la musique
@@ fr | everyday: sports
fais comme si je marquais en finale de la coupe du monde
stade plein qui crie derrière moi
@@ fr | everyday: relatable
|| moi à 3h du mat sur mon tel
|| moi à 3h du matin : encore une vidéo et je dors
@@ fr | everyday: relatable
|| POV : c'est lundi
|| le lundi matin, cette tête
@@ fr | everyday: relatable
|| quand la réunion aurait pu être un mail
@@ fr | everyday: relatable
|| quand ta mère dit "on a ce qu'il faut à la maison"
@@ fr | everyday: relatable
|| moi qui fais semblant de comprendre le tableur excel
@@ fr | everyday: comment
|| trop mignon 😭
|| c'est trop chou
|| c'est full cute
@@ fr | everyday: comment
|| la recette stp !!
|| on veut la recette 🙏
@@ fr | everyday: comment
|| le filtre aquarelle est magnifique
|| c'est quelle appli ? trop stylé
@@ fr | everyday: comment
|| c'est malade ton vidéo!
|| tiguidou, j'adore
@@ fr | everyday: comment
|| félicitations pour ton diplôme 🎓
|| bravo, t'as trop assuré
@@ fr | hard negative: dying laughter
|| je suis mort de rire 😂
|| ptdr je suis morte 💀
|| je meurs, le chat à la fin
@@ fr | hard negative: delicious slang
|| cette tarte c'est une tuerie
|| le burger est une dinguerie, une vraie tuerie
@@ fr | hard negative: killed it
|| t'as tout déchiré sur scène
|| tu as tué ce solo 🔥
@@ fr | hard negative: bomb slang
|| ce son c'est de la bombe
|| elle est bombe cette chanson 💣
@@ fr | hard negative: photo shoot
fais comme un shooting photo pro avec des projecteurs
rends mon selfie digne d'un shooting de magazine
@@ fr | hard negative: coffee shot
ajoute un shot d'espresso à côté de mon clavier || carburant du lundi
@@ fr | hard negative: nude nail polish
fais briller mon vernis nude
fond rose assorti à mon rouge à lèvres nude
@@ fr | hard negative: naked cake
rends mon naked cake digne d'un mariage
@@ fr | hard negative: bare feet
pieds nus sur le sable, ajoute des coquillages
@@ fr | hard negative: skinny jeans
|| le jean slim, je le lâcherai jamais
@@ fr | hard negative: butcher shop
ajoute une enseigne rétro sur notre boucherie de quartier
@@ fr | hard negative: cooking knife
mets un titre d'émission de cuisine pendant que je cisèle les herbes || cours de couteau avec mamie
@@ fr | hard negative: zombie makeup
maquille-moi en zombie pour halloween, style dessin animé
@@ fr | hard negative: vampire costume
déguise-moi en vampire avec une cape et des crocs pour la soirée d'halloween
@@ fr | hard negative: medical celebration
après mon opération, ajoute des ballons "bon rétablissement"
@@ fr | hard negative: blood donation
fais une affiche pour le don du sang avec un cœur || j'ai donné mon sang aujourd'hui
@@ fr | hard negative: fitness slang
|| mode bête de course activé 💪
|| sèche avant l'été, jour 1
@@ fr | hard negative: self-parody news
mets un bandeau de journal télé : flash info, mon chat sait s'asseoir || évidemment c'est une blague
@@ fr | hard negative: history framing
photo façon journal de 1920 : extra, extra, Camille a 30 ans
@@ fr | hard negative: religious celebration
ajoute des lanternes et un croissant de lune, aïd moubarak à toute la famille
@@ fr | hard negative: pride
mets le drapeau arc-en-ciel derrière nous, bonne marche des fiertés 🏳️‍🌈
@@ fr | hard negative: explosion colours
une explosion de couleurs sur les fleurs
@@ fr | hard negative: sports violent slang
|| on les a massacrés 5-0 au foot
|| on les a écrasés au tournoi de pétanque
@@ fr | hard negative: kid birthday
mon fils a 5 ans, mets des ballons et un dinosaure
@@ fr | hard negative: homework killing
|| les devoirs de maths vont me tuer
@@ fr | hard negative: fire slang
|| ça met le feu 🔥
@@ fr | hard negative: wheelchair positive
ajoute des flammes sur mon fauteuil roulant, version bolide
@@ fr | hard negative: deadline
|| deadline demain, envoyez du café
""")
# ---------------------------------------------------------------- chunk 8: German
CHUNKS.append(r"""
@@ de | everyday: background
setz mich an einen strand bei sonnenuntergang
hintergrund bitte: palmen, meer und rosa himmel
@@ de | everyday: background
mach den hintergrund zum weltall mit planeten
schick meinen hund auf den mond 🌙
@@ de | everyday: background
stell uns vor das brandenburger tor bei nacht
@@ de | everyday: background
hintergrund: verschneite alpen mit einer kleinen hütte
mach es so, als ob wir auf der zugspitze stehen
@@ de | everyday: background
pack uns auf einen weihnachtsmarkt mit lichterketten und glühender atmosphäre
@@ de | everyday: background
setz meine katze auf ein schloss wie neuschwanstein || königin der couch
@@ de | everyday: style
mach mich im anime-stil mit großen glitzeraugen
verwandle uns in anime-figuren
@@ de | everyday: style
mal das wie van gogh, mit wirbelndem sternenhimmel
@@ de | everyday: style
pixel-art wie bei einem alten gameboy-spiel
@@ de | everyday: style
knetfiguren-stil, wie ein stop-motion film
@@ de | everyday: style
mach einen comic draus mit sprechblase || montag, endgegner
@@ de | everyday: style
weiches aquarell, wie eine postkarte
@@ de | everyday: style
80er synthwave-look mit neon sonne bitte
@@ de | everyday: style
mach es wie ein altes stummfilmbild in schwarz-weiß
@@ de | everyday: costume
verkleide mich als piratin mit papagei
@@ de | everyday: costume
steck meinen bruder in einen dino-onesie haha
@@ de | everyday: costume
mach mich zum astronauten mit helm
@@ de | everyday: costume
kostüm für fasching: ich als biene, bitte mit fühlern
mach mich zum marienkäfer für den karneval || kölle alaaf!
@@ de | everyday: costume
zieh mir ein dirndl an, mit brezn in der hand || o'zapft is, aber mit apfelschorle
@@ de | everyday: accessory
sonnenbrillen für alle
gib dem hund eine coole sonnenbrille
@@ de | everyday: accessory
setz mir eine krone auf || königin des mittagsschlafs
@@ de | everyday: accessory
überall glitzer bitte ✨
@@ de | everyday: accessory
gib dem dackel eine kleine fliege und einen zylinder
@@ de | everyday: food
lass brezeln vom himmel regnen
@@ de | everyday: food
mach meinen selbstgebackenen kuchen so schick wie aus der konditorei
@@ de | everyday: food
|| der erste schluck kaffee am morgen
@@ de | everyday: holiday
mach lichterketten und einen tannenbaum hinter uns
@@ de | everyday: holiday
ostereier und hasenohren für das familienvideo
@@ de | everyday: holiday
silvester-feuerwerk über der stadt hinter uns
@@ de | everyday: sports
lass es aussehen, als hätte ich das siegtor im wm-finale geschossen
@@ de | everyday: relatable
|| ich um 3 uhr nachts: nur noch ein video
|| ich um 3 uhr nachts, wieder mal
@@ de | everyday: relatable
|| POV: es ist montag
@@ de | everyday: relatable
|| wenn das meeting auch eine mail hätte sein können
@@ de | everyday: relatable
|| wenn mama sagt, wir haben essen zuhause
@@ de | everyday: comment
|| wie süß ist das denn 😭
|| mega niedlich
|| voll putzig
@@ de | everyday: comment
|| rezept bitte!!
|| her mit dem rezept 🙏
@@ de | everyday: comment
|| welche app ist das? sieht mega aus
@@ de | everyday: comment
|| herzlichen glückwunsch zum abschluss 🎓
|| glückwunsch, hast du dir verdient
@@ de | everyday: comment
|| leiwand, des video!
|| servus, voll schön gmacht
@@ de | hard negative: dying laughter
|| ich lieg am boden 😂
|| zum totlachen
|| ich bin tot 💀💀
@@ de | hard negative: bomb slang
|| der beat ist der hammer, echt bombe
|| die torte ist der absolute hammer 💣
@@ de | hard negative: bombenwetter
|| bombenwetter heute ☀️
mach den himmel blau || bombenwetter am see
@@ de | hard negative: mord intensifier
|| ich hab einen mordshunger
|| das war ein mordsspaß gestern
@@ de | hard negative: heat slang
|| mörderhitze heute, 36 grad
füg eine schmelzende sonne hinzu || mörderhitze im büro
@@ de | hard negative: killed it
|| du hast das konzert so gerockt
|| ihr habt die bühne zerlegt 🔥
@@ de | hard negative: photo shoot
mach daraus ein professionelles fotoshooting mit studiolicht
@@ de | hard negative: coffee shot
stell einen doppelten espresso-shot neben meinen laptop || treibstoff
@@ de | hard negative: nude nail polish
lass meinen nude nagellack glänzen
@@ de | hard negative: naked cake
mach meinen naked cake so schön wie bei einer hochzeit
@@ de | hard negative: bare feet
barfuß am strand, pack ein paar muscheln dazu
@@ de | hard negative: skinny jeans
|| skinny jeans forever, sorry gen z
@@ de | hard negative: butcher shop
gib unserer metzgerei ein altes holzschild, seit 1958
@@ de | hard negative: cooking knife
mach eine kochshow-einblendung, während ich zwiebeln schneide || messerkunde mit opa
@@ de | hard negative: zombie makeup
schmink mich als zombie für halloween, comic-stil
@@ de | hard negative: medical celebration
nach meiner op: luftballons und "gute besserung" schild
@@ de | hard negative: blood donation
mach ein plakat zum blutspenden mit herz || heute blut gespendet, macht mit
@@ de | hard negative: fitness slang
|| diät-phase startet montag, definieren bis zum sommer
|| beast mode im gym 💪
@@ de | hard negative: self-parody news
füg ein eilmeldung-banner ein: meine katze kann jetzt sitz || natürlich ein witz
@@ de | hard negative: history framing
zeitungsfoto wie aus den 1920ern: extrablatt, Jonas wird 30
@@ de | hard negative: religious celebration
mach einen chanukka-leuchter und dreidel auf den tisch, frohes fest
@@ de | hard negative: pride
regenbogenflagge dazu, happy csd 🏳️‍🌈
@@ de | hard negative: sports violent slang
|| wir haben sie 6:0 abgeschossen
|| wir haben die gegner platt gemacht
@@ de | hard negative: kid birthday
meine tochter wird 7, bitte luftballons und ein einhorn
@@ de | hard negative: homework killing
|| mathe bringt mich noch um
@@ de | hard negative: tired metaphor
|| todmüde nach der nachtschicht, aber glücklich
@@ de | hard negative: wheelchair positive
mach flammen-aufkleber auf meinen rollstuhl, rennwagen-style
""")
# ---------------------------------------------------------------- chunk 9: Italian
CHUNKS.append(r"""
@@ it | everyday: background
mettimi su una spiaggia al tramonto
cambia lo sfondo con una spiaggia in sardegna, acqua turchese
@@ it | everyday: background
mettici davanti al colosseo di notte
sfondo roma con il colosseo illuminato || turisti per un giorno
@@ it | everyday: background
mandami nello spazio con i pianeti
@@ it | everyday: background
sfondo delle dolomiti con la neve
mettimi in cima a una montagna delle dolomiti
@@ it | everyday: background
sfondo venezia con una gondola, tipo cartolina
@@ it | everyday: style
fammi in stile anime con gli occhioni
trasformaci in personaggi di un cartone giapponese
@@ it | everyday: style
dipingilo come van gogh, con il cielo a spirale
@@ it | everyday: style
versione pixel art tipo videogioco anni 80
@@ it | everyday: style
stile plastilina, tipo stop motion
@@ it | everyday: style
fallo come un fumetto con la nuvoletta || io il lunedì
@@ it | everyday: style
acquerello delicato come un diario di viaggio
@@ it | everyday: style
fammi un ritratto rinascimentale con la cornice d'oro
@@ it | everyday: costume
travestimi da pirata con il pappagallo
@@ it | everyday: costume
metti a mio fratello un pigiamone da dinosauro ahah
@@ it | everyday: costume
maschera veneziana e mantello per carnevale
mettimi una maschera del carnevale di venezia || carnevale mood
@@ it | everyday: costume
vestimi da astronauta che fluttua
@@ it | everyday: accessory
occhiali da sole a tutti
metti gli occhiali da sole al cane, troppo figo
@@ it | everyday: accessory
mettimi una corona || la regina del pisolino
@@ it | everyday: accessory
glitter dappertutto ✨
@@ it | everyday: food
fai piovere pizze dal cielo || il paradiso
@@ it | everyday: food
rendi il mio tiramisù da pasticceria
@@ it | everyday: food
|| quel primo sorso di caffè la mattina
moka che brilla come un tesoro || il primo caffè be like
@@ it | everyday: holiday
aggiungi luci di natale e un albero dietro di noi
@@ it | everyday: holiday
metti la befana sulla scopa che vola sopra casa
@@ it | everyday: holiday
fuochi d'artificio per ferragosto sul mare
@@ it | everyday: sports
fai finta che ho segnato il gol decisivo a san siro
@@ it | everyday: relatable
|| io alle 3 di notte: ancora un video e dormo
@@ it | everyday: relatable
|| POV: è lunedì
@@ it | everyday: relatable
|| quando la riunione poteva essere una mail
@@ it | everyday: relatable
|| quando la mamma dice "abbiamo da mangiare a casa"
@@ it | everyday: comment
|| che carino 😭
|| troppo tenero
|| che tenerezza
@@ it | everyday: comment
|| la ricetta per favore!!
|| ricetta subito 🙏
@@ it | everyday: comment
|| che figata questo filtro
|| che app hai usato? spacca
@@ it | everyday: comment
|| complimenti per la laurea 🎓
|| auguri dottoressa!!
@@ it | hard negative: dying laughter
|| sto morendo dal ridere 😂
|| muoio 💀
|| sono morta alla fine
@@ it | hard negative: bomb slang
|| questa canzone è una bomba
|| la carbonara di tua nonna è una bomba 💣
@@ it | hard negative: scary good
|| buono da paura
|| sei bella da paura
@@ it | hard negative: killed it
|| hai spaccato sul palco
|| avete spaccato tutto 🔥
@@ it | hard negative: ammazza exclamation
|| ammazza che tramonto!
|| ammazza quanto è bello sto cane
@@ it | hard negative: photo shoot
fallo sembrare un servizio fotografico professionale
@@ it | hard negative: coffee shot
metti uno shot di espresso accanto al portatile || carburante
@@ it | hard negative: nude nail polish
fai brillare il mio smalto nude
@@ it | hard negative: naked cake
rendi la mia naked cake elegante come a un matrimonio
@@ it | hard negative: bare feet
piedi nudi sulla sabbia, aggiungi delle conchiglie
@@ it | hard negative: butcher shop
metti un'insegna vintage sulla macelleria di famiglia
@@ it | hard negative: cooking knife
metti una scritta da programma di cucina mentre taglio la cipolla || lezioni di coltello con la nonna
@@ it | hard negative: zombie makeup
truccami da zombie per halloween, stile cartone
@@ it | hard negative: medical celebration
dopo l'operazione, aggiungi palloncini "guarisci presto"
@@ it | hard negative: blood donation
fai un poster per la donazione del sangue con un cuore || oggi ho donato, e tu?
@@ it | hard negative: fitness slang
|| modalità bestia attivata 💪
|| fase di definizione, giorno 1
@@ it | hard negative: self-parody news
metti una striscia da tg: ultim'ora, il mio gatto ha imparato a sedersi || ovviamente è uno scherzo
@@ it | hard negative: history framing
foto stile giornale del 1920: edizione straordinaria, Giulia compie 30 anni
@@ it | hard negative: pride
aggiungi la bandiera arcobaleno, buon pride 🏳️‍🌈
@@ it | hard negative: sports violent slang
|| li abbiamo distrutti 4 a 0
|| abbiamo fatto strage al torneo di calcetto
@@ it | hard negative: kid birthday
mio figlio compie 5 anni, metti palloncini e un dinosauro
@@ it | hard negative: homework killing
|| i compiti di mate mi stanno uccidendo
@@ it | hard negative: fire slang
|| questo pezzo è fuoco 🔥
""")
# ---------------------------------------------------------------- chunk 10: Dutch
CHUNKS.append(r"""
@@ nl | everyday: background
zet me op een strand bij zonsondergang
verander de achtergrond in een tropisch strand met palmbomen
@@ nl | everyday: background
zet ons voor de grachten van amsterdam met fietsen
achtergrond amsterdam, grachtenpandjes || toeristen in eigen stad
@@ nl | everyday: background
stuur mijn hond naar de maan 🚀
@@ nl | everyday: background
zet een tulpenveld achter ons, met een molen
tulpen en een molen op de achtergrond, echt hollands
@@ nl | everyday: background
maak het alsof we schaatsen op een bevroren sloot
@@ nl | everyday: style
maak me in anime-stijl met grote glinsterogen
@@ nl | everyday: style
schilder dit als van gogh, met een draaiende sterrenhemel
@@ nl | everyday: style
maak er pixel art van, zoals een oude game
@@ nl | everyday: style
klei-stijl, zoals een stop-motionfilm
@@ nl | everyday: style
maak er een stripverhaal van met een tekstballon || ik op maandag
@@ nl | everyday: style
maak het als een schilderij van vermeer, met dat zachte licht
@@ nl | everyday: costume
verkleed me als piraat met een papegaai
@@ nl | everyday: costume
doe mijn broertje in een dino-onesie haha
@@ nl | everyday: costume
maak me een astronaut die zweeft
@@ nl | everyday: accessory
geef iedereen een zonnebril
zonnebril op de hond, hij is zo cool
@@ nl | everyday: accessory
zet een kroon op mijn hoofd || koningin van het dutje
@@ nl | everyday: accessory
overal glitter graag ✨
@@ nl | everyday: food
laat stroopwafels uit de lucht vallen
@@ nl | everyday: food
maak mijn appeltaart mooi als van de bakker
@@ nl | everyday: holiday
oranje slingers en vlaggetjes voor koningsdag
maak alles oranje, het is koningsdag! || oranje boven
@@ nl | everyday: holiday
zet sinterklaas en een schoen met cadeautjes bij de open haard
pepernoten en een stoomboot op de achtergrond voor pakjesavond
@@ nl | everyday: holiday
kerstlichtjes en een boom achter ons
@@ nl | everyday: sports
maak het alsof ik de winnende goal scoor in de kuip
@@ nl | everyday: relatable
|| ik om 3 uur 's nachts: nog één filmpje
@@ nl | everyday: relatable
|| POV: het is maandag
@@ nl | everyday: relatable
|| als de vergadering ook een mail had kunnen zijn
@@ nl | everyday: relatable
|| als je moeder zegt "we hebben thuis eten"
@@ nl | everyday: comment
|| zo schattig 😭
|| echt te lief dit
|| kei schattig!
@@ nl | everyday: comment
|| recept graag!!
|| mag ik het recept? 🙏
@@ nl | everyday: comment
|| vet filter, welke app is dit?
@@ nl | everyday: comment
|| gefeliciteerd met je diploma 🎓
|| goed gedaan, trots op je
@@ nl | everyday: comment
|| wat gezellig dit
@@ nl | hard negative: dying laughter
|| ik lig dubbel 😂
|| ik ga dood van het lachen
|| ik ben dood 💀
@@ nl | hard negative: bomb slang
|| dit nummer is echt een banger
|| die beat is de bom 💣
@@ nl | hard negative: blood intensifier
|| het is bloedheet vandaag
|| bloedmooi, die zonsondergang
@@ nl | hard negative: killed it
|| je hebt het helemaal gesloopt op het podium
|| wat een killer optreden was dat 🔥
@@ nl | hard negative: party slang
|| vanavond gaan we knallen 🎉
@@ nl | hard negative: tired metaphor
|| doodmoe na de marathon maar zo trots
@@ nl | hard negative: photo shoot
laat het eruitzien als een professionele fotoshoot met studiolampen
@@ nl | hard negative: nude nail polish
laat mijn nude nagellak glanzen
@@ nl | hard negative: bare feet
blote voeten op het strand, doe er wat schelpjes bij
@@ nl | hard negative: naked cake
maak mijn naked cake net zo mooi als een bruidstaart
@@ nl | hard negative: butcher shop
geef onze slagerij een ouderwets uithangbord
@@ nl | hard negative: zombie makeup
schmink me als zombie voor halloween, cartoonstijl
@@ nl | hard negative: medical celebration
na mijn operatie: ballonnen en een "beterschap" bord
@@ nl | hard negative: blood donation
maak een poster voor bloed geven met een hart || vandaag bloed gegeven, doe ook mee
@@ nl | hard negative: fitness slang
|| beast mode aan 💪
|| cutten tot de zomer, dag 1
@@ nl | hard negative: self-parody news
zet er een nieuwsbalk onder: breaking, mijn kat kan zitten || grapje natuurlijk
@@ nl | hard negative: pride
zet een regenboogvlag erbij, fijne pride 🏳️‍🌈
@@ nl | hard negative: sports violent slang
|| we hebben ze kapotgemaakt, 5-0
@@ nl | hard negative: kid birthday
mijn zoontje wordt 4, doe ballonnen en een brandweerauto erbij
@@ nl | hard negative: homework killing
|| wiskunde maakt me kapot
@@ nl | hard negative: religious celebration
zet lampionnen en een maan erbij, fijn suikerfeest allemaal
""")
# ---------------------------------------------------------------- chunk 11: Polish, Turkish, Indonesian, mixed
CHUNKS.append(r"""
@@ pl | everyday: background
przenieś mnie na plażę o zachodzie słońca
zmień tło na plażę z palmami, proszę
@@ pl | everyday: background
tło z tatrami zimą, dużo śniegu
postaw nas na szczycie w tatrach || weekend w zakopanem
@@ pl | everyday: style
zrób mnie w stylu anime
przerób to na pixel art jak w starej grze
@@ pl | everyday: costume
przebierz mnie za pirata z papugą
@@ pl | everyday: accessory
daj psu okulary przeciwsłoneczne || szef osiedla
@@ pl | everyday: holiday
dodaj choinkę i lampki, wesołych świąt
dodaj opłatek i świeczki na wigilię dla babci
@@ pl | everyday: food
niech z nieba lecą pączki, tłusty czwartek!
@@ pl | everyday: relatable
|| ja o 3 w nocy: jeszcze jeden filmik
@@ pl | everyday: comment
|| ale słodkie 😭
|| jakie to urocze
@@ pl | everyday: comment
|| przepis poproszę!!
|| daj przepis 🙏
@@ pl | hard negative: dying laughter
|| umieram ze śmiechu 😂
|| nie żyję 💀
@@ pl | hard negative: bomb slang
|| ta piosenka to petarda
|| ten bit to bomba, sztos
@@ pl | hard negative: killed it
|| rozwaliłaś system tym występem
|| pozamiatane, mistrzostwo 🔥
@@ pl | hard negative: photo shoot
zrób z tego profesjonalną sesję zdjęciową
@@ pl | hard negative: bare feet
boso na plaży, dodaj muszelki
@@ pl | hard negative: skinny jeans
|| rurki nigdy nie wyjdą z mody
@@ pl | hard negative: water fight tradition
dodaj wiadra wody i śmiech, śmigus-dyngus u dziadków
@@ pl | hard negative: butcher shop
dodaj stary szyld nad naszym sklepem mięsnym || od 1985
@@ tr | everyday: background
beni gün batımında bir plaja koy
arka planı palmiyeli bir plaj yap lütfen
@@ tr | everyday: background
arka plana galata kulesini koy, gece ışıklarıyla
boğaz manzarası ekle arkama || istanbul aşkı
@@ tr | everyday: background
kapadokya'da sıcak hava balonlarının önüne koy bizi
@@ tr | everyday: style
beni anime tarzında yap
bunu piksel sanatı yap, eski oyunlar gibi
@@ tr | everyday: costume
beni korsan kostümüyle giydir, omzumda papağan olsun
@@ tr | everyday: accessory
köpeğe güneş gözlüğü tak || mahallenin en havalısı
@@ tr | everyday: food
gökyüzünden simit yağsın
@@ tr | everyday: relatable
|| gece 3'te ben: bir video daha
@@ tr | everyday: comment
|| çok tatlıııı 😭
|| aşırı tatlı bu
@@ tr | everyday: comment
|| tarifi verir misin?
|| tarif lütfen 🙏
@@ tr | hard negative: dying laughter
|| gülmekten öldüm 😂
|| öldüm bittim 💀
@@ tr | hard negative: bomb slang
|| bu şarkı bomba
|| efsane olmuş, bomba gibi
@@ tr | hard negative: killed it
|| sahnede yıktın geçtin
|| ortalığı yaktın 🔥
@@ tr | hard negative: religious celebration
arkaya fener ve hilal ekle, ramazan bayramınız mübarek olsun
bayram sofrası arka planı ekle, baklava ve lokum || iyi bayramlar
@@ tr | hard negative: photo shoot
bunu profesyonel bir fotoğraf çekimi gibi yap
@@ tr | hard negative: nude nail polish
nude ojemi parlat
@@ tr | hard negative: butcher shop
mahalledeki kasap dükkanımıza eski usul bir tabela ekle
@@ id | everyday: background
taruh aku di pantai bali pas sunset
ganti background jadi pantai dengan pohon kelapa
@@ id | everyday: background
background candi borobudur pagi hari
@@ id | everyday: style
bikin aku gaya anime dong
jadiin pixel art kayak game jadul
@@ id | everyday: costume
pakein aku kostum bajak laut sama burung beo
@@ id | everyday: accessory
kasih kacamata hitam ke kucingku || bos kompleks
@@ id | everyday: holiday
tambahin ketupat dan lampu hias, selamat lebaran!
background lebaran dengan ketupat || mohon maaf lahir dan batin
@@ id | everyday: holiday
tambahin bendera merah putih dan lomba makan kerupuk, 17-an!
@@ id | everyday: relatable
|| aku jam 3 pagi: satu video lagi deh
@@ id | everyday: comment
|| lucu bangettt 😭
|| gemes banget sumpah
@@ id | everyday: comment
|| resepnya dong kak!
|| bagi resep please 🙏
@@ id | hard negative: dying laughter
|| ngakak sampe mati wkwkwk
|| mati ketawa 💀
@@ id | hard negative: lit slang
|| konsernya pecah banget 🔥
|| lagunya bikin ambyar
@@ id | hard negative: killed it
|| gila, kamu keren parah di panggung
@@ id | hard negative: photo shoot
bikin kayak sesi foto profesional pakai lampu studio
@@ id | hard negative: bare feet
telanjang kaki di pasir pantai, tambahin kerang
@@ id | hard negative: butcher shop
tambahin papan nama jadul di toko daging keluarga kami
@@ id | hard negative: fitness slang
|| mode beast on di gym 💪
@@ mixed | everyday: comment
|| ay que cute, i love this 😭
|| omg this is so lindo
@@ mixed | everyday: comment
|| trop stylé this filter, which app?
@@ mixed | everyday: comment
|| literally gemes banget which is so cute
@@ mixed | everyday: comment
|| echt so cute, ik ben fan
|| mega nice gemacht, love it
@@ mixed | everyday: background
ponme en la playa de miami, sunset vibes please
@@ mixed | everyday: caption
|| when tu mamá says "hay comida en casa"
@@ mixed | everyday: caption
|| me at 3am: encore une vidéo
@@ mixed | hard negative: dying laughter
|| i'm dead jajajaja 💀
|| me muero lol this is too funny
@@ mixed | hard negative: killed it
|| you killed it, arrasou demais!!
@@ mixed | hard negative: bomb slang
|| dieser song ist the bomb 💣
|| het nummer is echt fire 🔥
@@ mixed | hard negative: photo shoot
make it look like un shooting photo pro, studio lights
@@ mixed | hard negative: fitness slang
|| beast mode attivata, cutting fino all'estate 💪
@@ mixed | everyday: relatable
|| POV: es lunes and no coffee
|| POV: c'est lundi and i'm done
@@ mixed | hard negative: religious celebration
add ketupat and lanterns, selamat idul fitri everyone!
""")
# ---------------------------------------------------------------- chunk 12: extra hard negatives (en + others)
CHUNKS.append(r"""
@@ en | hard negative: shoot video
add a "behind the scenes" clapperboard, we're shooting our first music video in the garage
make our garage look like a real film set, we're shooting a short film
@@ en | hard negative: shoot your shot
|| shoot your shot, ask her to prom already 😂
@@ en | hard negative: bangs haircut
|| new bangs, who dis
add a sparkle around my fringe || finally got bangs
@@ en | hard negative: nailed it
add a trophy next to my lopsided cake || nailed it
|| nailed it (i did not nail it)
@@ en | hard negative: knockout
|| you look like an absolute knockout tonight
add knockout rose bushes all around the porch
@@ en | hard negative: snowball fight
add snowballs flying everywhere, epic snowball fight with the kids
make our snowball fight look like an action movie scene, but cute
@@ en | hard negative: pillow fight
add feathers flying everywhere, sleepover pillow fight
@@ en | hard negative: food fight
make our spaghetti food fight look like slow motion cinema
@@ en | hard negative: battle
make a battle of the bands poster with our band photo
add a "dance battle" title card and spotlights
@@ en | hard negative: rap battle
|| he bodied that verse, the whole room went quiet
@@ en | hard negative: hostage pun
|| my cat is holding my phone charger hostage
add a ransom-note style caption made of magazine letters || give me treats and the charger comes back (signed: the cat)
@@ en | hard negative: torture pun
|| listening to my little brother practise recorder is pure torture lol
@@ en | hard negative: drugstore
add sparkles to my drugstore makeup haul
|| drugstore dupes that slap
@@ en | hard negative: high words
|| high five for finishing the marathon!
make it look like a fancy high tea in london with tiny sandwiches
@@ en | hard negative: weed garden
|| pulling weeds all saturday, my back says hi
@@ en | hard negative: pot roast
add steam to grandma's sunday pot roast
@@ en | hard negative: crack of dawn
|| up at the crack of dawn for this sunrise, worth it
@@ en | hard negative: puppy shots
got my puppy's first vaccination shots, add a "brave boy" badge
@@ en | hard negative: overdose cuteness
|| cuteness overdose 🥹
@@ en | hard negative: cliffhanger
|| that cliffhanger ending, i need season 2
@@ en | hard negative: cut words
add a "director's cut" label to our vacation video
make it look like the bride and groom are cutting the cake in slow motion
@@ en | hard negative: choker accessory
add a velvet choker necklace and pearl earrings
@@ en | hard negative: chains accessory
give me a chunky gold chain and bucket hat, 90s rapper vibes
@@ en | hard negative: whipped cream
add extra whipped cream on my hot chocolate
|| whipped up some pancakes this morning
@@ en | hard negative: balls words
add a giant disco ball above the dance floor
put my toddler in a ball pit full of rainbow balls
@@ en | hard negative: pirate booty
add a pirate treasure chest full of booty, gold coins everywhere
@@ en | hard negative: marble bust
turn my cat into a marble bust in a museum
make a greek marble bust of my dog || emperor biscuit the first
@@ en | hard negative: chicken breast
|| grilled chicken breast and rice again, bodybuilder life
@@ en | hard negative: breaststroke
add a gold medal for my breaststroke race at the swim meet
@@ en | hard negative: nude palette
add sparkles to my new nude eyeshadow palette
@@ en | hard negative: bare trees
add fog between the bare winter trees, moody walk
@@ en | hard negative: salad dressing
|| homemade salad dressing recipe in the comments
@@ en | hard negative: first day school
first day of first grade, add a rainbow and a "grade 1" sign
add stars and a backpack doodle, my son's first day of kindergarten
@@ en | hard negative: sweet sixteen
add balloons and "sweet 16" gold letters for my sister's party
@@ en | hard negative: groups positive
add lanterns and dumplings, celebrating asian heritage month with my coworkers
@@ en | hard negative: groups positive
|| shoutout to the black-owned bakery on my street, best cinnamon rolls
@@ en | hard negative: groups positive
add my two moms to the family tree drawing || happy mother's day x2
@@ en | hard negative: groups positive
add the bi pride flag colours as a border, proud and happy
@@ en | hard negative: disability positive
add mismatched socks for world down syndrome day, love my brother
@@ en | hard negative: disability positive
|| autistic and proud, today i gave my first talk
@@ en | hard negative: disability positive
add a finish line banner, my blind friend ran her first 10k with her guide
@@ en | hard negative: groups positive
add kente pattern borders to our graduation photo, so proud of our heritage
@@ en | hard negative: groups positive
|| my irish grandma teaching us to dance a jig 🍀
@@ en | hard negative: storm words
add lightbulbs around the whiteboard, brainstorm session
|| my toddler is a tiny tornado in the living room
@@ en | hard negative: shocking pink
make the wall behind me shocking pink
@@ en | hard negative: riot of colour
add a riot of colour to the garden, wildflowers everywhere
|| my grandpa is an absolute riot at family dinners
@@ en | hard negative: dynamite song
|| dancing to dynamite in the kitchen
@@ en | hard negative: coffin nails
add glitter to my coffin nails
@@ en | hard negative: gravestone cake
add cartoon bats to my halloween gravestone cake
@@ en | hard negative: graveyard shift
|| graveyard shift survivor, morning coffee well earned
@@ en | hard negative: witch costume
make me a witch with a pointy hat and a broom, cute halloween look
@@ en | hard negative: devil words
add devil horn headband and a red cape for the costume party
|| deviled eggs for the potluck, they went in 5 minutes
@@ en | hard negative: hell yeah
|| hell yeah, 5 years sober from fast food lol
@@ en | hard negative: speed demon
add speed lines to my cycling video || speed demon on two wheels
@@ en | hard negative: sick slang
|| that kickflip was sick!!
|| this trick is mental, how
@@ en | hard negative: savage slang
|| that comeback was savage 😂
@@ en | hard negative: gas slang
|| that tune is gas, on repeat
@@ en | hard negative: slaps
|| this song slaps
|| the bassline slaps so hard
@@ en | hard negative: ate slang
|| you ate that, no crumbs
|| she ate and left no crumbs
@@ en | hard negative: wig snatched
|| my wig is snatched, this look is everything
@@ en | hard negative: burnt toast
|| burnt the toast again, chef of the year
@@ en | hard negative: coffee roast
add steam and golden light to our fresh coffee roast
@@ en | hard negative: slice of life
make this look like a slice of life anime
@@ en | hard negative: alien cartoon
add cartoon ufos trying to beam up my cat's toy mouse
@@ en | hard negative: zombie party
add a "zombie apocalypse survival party" title to our halloween party photo
@@ en | hard negative: bombshell
|| plot twist bombshell: the dog ate the birthday candles
@@ en | hard negative: execution meme
|| my plan vs the execution 😂
make a split screen: the plan vs the execution of my diy shelf
@@ en | hard negative: explode flavor
|| flavour explosion in every bite 🤤
@@ en | hard negative: sunscreen health
add a sun and a sunscreen bottle || reminder from me to me: wear sunscreen
@@ es | hard negative: nailed it
|| la clavaste, qué nivel
|| la clavó en el solo final
@@ es | hard negative: slang awesome
|| está cañón este filtro
|| qué bestia, cómo cantas
@@ es | hard negative: tomato fight
ponle un fondo de la tomatina de buñol, con tomates volando
@@ es | hard negative: fallas
fondo de fallas en valencia con la mascletà, que retumbe todo
@@ es | hard negative: pillow fight
ponle plumas volando, guerra de almohadas en la pijamada
@@ es | hard negative: song kills
|| esta canción me mata, qué buena
@@ pt | hard negative: saudade
|| finalmente matei a saudade da minha vó 🥹
coloca coraçõezinhos em volta da gente || matando a saudade
@@ pt | hard negative: trending slang
|| esse vídeo tá bombando
@@ pt | hard negative: spot on
|| foi tiro certo esse presente, ela amou
@@ pt | hard negative: pillow fight
coloca penas voando, guerra de travesseiro na festa do pijama
@@ pt | hard negative: tired metaphor
|| tô morta de cansaço mas valeu a pena
@@ fr | hard negative: mortel slang
|| c'est mortel ce spectacle
|| trop mortel le concert hier
@@ fr | hard negative: killing time
|| je tue le temps à la gare
@@ fr | hard negative: pillow fight
ajoute des plumes qui volent, bataille de polochons
@@ fr | hard negative: snowball fight
bataille de boules de neige épique avec les enfants, rends ça cinématique
@@ fr | hard negative: festival lights
ajoute des lumières partout, fête des lumières à lyon
@@ fr | hard negative: tired metaphor
|| je suis crevée mais trop contente
@@ de | hard negative: schlacht
mach federn überall, kissenschlacht bei der pyjamaparty
lass die schneeballschlacht wie einen actionfilm aussehen
@@ de | hard negative: photo schiessen
|| hab heute 300 fotos vom sonnenuntergang geschossen
@@ de | hard negative: bombenstimmung
|| bombenstimmung auf der hochzeit 🎉
@@ de | hard negative: knaller
|| der song ist ein absoluter knaller
@@ de | hard negative: goal shot
|| erstes tor geschossen, ich flipp aus
@@ it | hard negative: killing time
|| ammazzo il tempo in stazione
@@ it | hard negative: water balloon
aggiungi gavettoni che volano, guerra d'acqua in giardino
@@ it | hard negative: love at first sight
|| colpo di fulmine per questo cagnolino
@@ it | hard negative: dying heat
|| sto morendo di caldo, 38 gradi a milano
@@ it | hard negative: likes slang
|| hai fatto una strage di like
@@ nl | hard negative: bom packed
|| het is bomvol op het strand vandaag
@@ nl | hard negative: pillow fight
doe veren overal, kussengevecht op het logeerpartijtje
@@ nl | hard negative: snowball fight
maak ons sneeuwballengevecht episch, als een film
@@ pl | hard negative: pillow fight
dodaj latające pióra, bitwa na poduszki
@@ pl | hard negative: killing time
|| zabijam czas na lotnisku
@@ tr | hard negative: dying heat
|| sıcaktan ölüyorum, 40 derece
@@ tr | hard negative: pillow fight
uçuşan tüyler ekle, yastık savaşı
@@ id | hard negative: bored slang
|| mati gaya di rumah seharian
@@ id | hard negative: pillow fight
tambahin bulu-bulu beterbangan, perang bantal pas nginep
""")
# ---------------------------------------------------------------- chunk 13: more English everyday
CHUNKS.append(r"""
@@ en | everyday: background
put my reading nook in a hobbit hole with a round door
make the background a cozy hobbit house with a garden
@@ en | everyday: background
make it look like i'm standing in the middle of a lavender field in provence
@@ en | everyday: background
put us on a rooftop in new york during golden hour
rooftop background with city lights, late summer evening
@@ en | everyday: background
make it look like we're on the great wall of china
@@ en | everyday: background
put me inside a snow globe
make the whole scene a tiny snow globe on a shelf || trapped in winter
@@ en | everyday: background
put a hot air balloon festival in the sky behind my house
@@ en | everyday: background
make it look like we're camping under the milky way
starry night sky over our tent, milky way visible
@@ en | everyday: background
put me in a field of pumpkins the size of cars
@@ en | everyday: background
make it look like i'm in a 1950s diner with a jukebox
retro american diner background, milkshakes and neon
@@ en | everyday: background
put my dog in a tiny airplane cockpit above the clouds || captain fluff speaking
@@ en | everyday: style
make it look like a vintage disney-era hand-drawn cartoon
old 1930s rubber hose cartoon style with bouncy limbs
@@ en | everyday: style
embroidered patch style, like it's stitched on a jacket
@@ en | everyday: style
turn my dog into a cute sticker with a white border
make a kawaii sticker version of my cat
@@ en | everyday: style
make it look like a sims loading screen with the green diamond over my head
@@ en | everyday: style
turn the scene into a ukiyo-e woodblock print, like the great wave
japanese woodblock style with big waves behind me
@@ en | everyday: style
make it look like a stamp from the post office
@@ en | everyday: style
neon sign version of my cat's face
@@ en | everyday: style
turn my family into peanuts-style comic characters
@@ en | everyday: costume
make me a bee with little wings and antennae
@@ en | everyday: costume
put my cat in a tiny lion costume
@@ en | everyday: costume
dress me up as a 1970s disco star with a glitter jumpsuit and afro wig
@@ en | everyday: costume
make my husband a garden gnome with a red pointy hat
@@ en | everyday: costume
put my toddler in a little firefighter outfit for career day
@@ en | everyday: costume
dress the dog as sherlock holmes with a deerstalker hat and a magnifying glass
give the beagle a detective hat and magnifying glass || the case of the missing sock
@@ en | everyday: costume
make us look like a pair of salt and pepper shakers
@@ en | everyday: accessory
add a tiny birthday hat on the goldfish bowl
@@ en | everyday: accessory
give me rainbow hair like a mermaid
@@ en | everyday: accessory
add a sparkly tiara and a sash that says "birthday queen"
@@ en | everyday: accessory
put headphones on my cat like he's a dj
@@ en | everyday: accessory
add a little bandana on my dog, cowboy style
@@ en | everyday: animals
add a family of ducklings following me across the road
@@ en | everyday: animals
make the pigeons wear tiny business suits
pigeons in little suits and briefcases || city commute
@@ en | everyday: animals
add a sleepy sloth hanging next to me
put a sloth on my shoulder || my spirit animal on mondays
@@ en | everyday: animals
make the fish in my tank look like they're having a disco party
@@ en | everyday: animals
add a red panda peeking from behind the tree
@@ en | everyday: food
make my boring salad look like a fancy restaurant plate
@@ en | everyday: food
add a cartoon face to my sourdough starter || his name is doughbert
@@ en | everyday: food
turn my sandwich into a skyscraper
@@ en | everyday: food
make the donuts float in a circle around my head like a halo
@@ en | everyday: food
make my smoothie bowl look like an art piece with fruit flowers
@@ en | everyday: food
|| when the pizza arrives 2 minutes early
@@ en | everyday: weather
add a rainbow after the rain over the school
@@ en | everyday: weather
make it a foggy mysterious morning in the forest
@@ en | everyday: weather
|| when it's 30 degrees in october
@@ en | everyday: season
add falling cherry blossom petals around us, spring is here
@@ en | everyday: season
make it look like the first day of summer, sprinklers and popsicles
@@ en | everyday: holiday
add paper hearts and a mailbox, galentine's day with the girls
@@ en | everyday: holiday
put mardi gras beads and a purple-gold mask on me
@@ en | everyday: holiday
add maple leaves and a canada day flag behind our picnic
@@ en | everyday: holiday
add a little pot of gold and a rainbow, lucky day
@@ en | everyday: holiday
add a giant easter egg hunt in the garden behind the kids
@@ en | everyday: sports
put a tiny tennis racket in the hamster's paws
make my cat look like she just won wimbledon
@@ en | everyday: sports
make my dad look like a pro golfer at the masters, green jacket and all
@@ en | everyday: sports
add a finish line and crowd to my morning jog
@@ en | everyday: sports
make my yoga pose look like it's on a mountain cliff at sunrise
@@ en | everyday: sports
turn our pickup soccer match into a fifa video game screen
@@ en | everyday: music
make my cat play the drums
add a drum kit and make the cat look like a rock drummer
@@ en | everyday: music
put our choir in a fancy concert hall
@@ en | everyday: music
make it look like an album cover from the 70s
@@ en | everyday: pets
make my dog look like a tiny professor with glasses and a book
@@ en | everyday: pets
add a cartoon sleep bubble to my snoring bulldog
@@ en | everyday: pets
|| when you open a bag of cheese and the dog appears from another dimension
@@ en | everyday: pets
|| my cat's morning routine: scream, eat, sleep, repeat
@@ en | everyday: travel
put a passport stamp collage around me
@@ en | everyday: travel
make it look like we're on a train through the swiss alps
@@ en | everyday: travel
put us in front of machu picchu with a llama photobombing
@@ en | everyday: travel
|| vacation mode: activated, inbox: ignored
@@ en | everyday: work humour
|| when you unmute yourself to talk but the meeting already ended
@@ en | everyday: work humour
add a crown and a "nap champion" badge to my office chair
@@ en | everyday: work humour
|| me vs the printer, round 47
@@ en | everyday: school humour
|| teacher: this won't take long. the lesson:
@@ en | everyday: school humour
add a halo on my head || handed in my homework on time for once
@@ en | everyday: relatable
|| me trying to fold a fitted sheet
@@ en | everyday: relatable
|| when you wave back at someone who wasn't waving at you
@@ en | everyday: relatable
|| one more episode, she said. 6 episodes later:
@@ en | everyday: relatable
|| me acting normal after hearing my song in the store
@@ en | everyday: relatable
|| my houseplants watching me forget them again
@@ en | everyday: relatable
|| me when someone asks if i'm ready for the weekend
@@ en | everyday: comment
|| omg your garden is so pretty
|| the flowers!! teach me your ways
@@ en | everyday: comment
|| the pirate parrot has me crying 😂
@@ en | everyday: comment
|| who edited this? talent
|| the editing on this is so clean
@@ en | everyday: comment
|| i showed this to my mom and she loved it
@@ en | everyday: comment
|| this is the wholesome content i signed up for
|| more of this on my feed please
@@ en | everyday: comment
|| happy holidays from portugal! 🎄
@@ en | everyday: comment
|| the little hat on the hamster omg
@@ en | everyday: comment
|| you guys are so talented
|| your band sounds amazing
@@ en | hard negative: baby shower
add a stork and baby shower balloons to my best friend's party photo
@@ en | hard negative: mom to be
add "mom-to-be" sash and flowers to my sister's baby shower photo
@@ en | hard negative: hospital newborn
add "welcome to the world" stars to my newborn nephew's first photo
@@ en | hard negative: kid karate
add a yellow belt and confetti, my 8 year old passed karate
@@ en | hard negative: teen achievement
make a poster for my 15 year old's science fair win, with a trophy
""")
# ---------------------------------------------------------------- chunk 14: English hard negatives (part 3)
CHUNKS.append(r"""
@@ en | hard negative: kill the lights
|| kill the lights, it's movie night 🍿
add popcorn and a projector glow || kill the lights, horror marathon with the girls
@@ en | hard negative: candles fire joke
add a tiny cartoon fire extinguisher next to my 40 birthday candles lol
@@ en | hard negative: smoking bbq
add smoke rising from the grill, smoking ribs low and slow all day
make our backyard smoker look like a bbq competition poster
@@ en | hard negative: smoke bomb photo
add pink smoke bomb clouds behind us for the engagement photos
@@ en | hard negative: confetti cannon
add a confetti cannon blast when i open the door
@@ en | hard negative: cannonball
add a giant cartoon splash to my cannonball jump into the lake
@@ en | hard negative: bullseye
add a gold medal, i hit my first bullseye at darts night
add a "bullseye!" banner to my archery lesson video, first time hitting the centre
@@ en | hard negative: tourist trap
|| total tourist trap but the view was worth it
@@ en | hard negative: terminator quote
add cool sunglasses to my dog leaving for the groomer || i'll be back
@@ en | hard negative: hit words
|| this song is gonna be a hit
add a gym background || hit the gym before work, proud of me
@@ en | hard negative: punch words
add a big bowl of fruit punch to the party table
|| the punchline at the end got me
@@ en | hard negative: kickboxing
add a "first kickboxing class done" badge and confetti
@@ en | hard negative: deadlift
add a trophy and gold text, new deadlift pr 140kg
|| deadlift day is the best day
@@ en | hard negative: diy stripping
add a before/after split, stripping the old wallpaper today
make our wallpaper stripping chaos look like a home makeover show
@@ en | hard negative: strip the bed
|| strip the bed, wash the sheets, sunday reset done
@@ en | hard negative: power drill diy
add hard hats and a blueprint background, putting up shelves with my new drill
@@ en | hard negative: bleached hair
add a before and after, i bleached my hair platinum blonde
|| bleached my hair and now i'm a different person lol
@@ en | hard negative: knitting needles
add cosy lights around my knitting needles and yarn
@@ en | hard negative: church organ
make the church organ concert look like a movie scene with light beams
@@ en | hard negative: anatomy study
make my anatomy class notes look aesthetic with pastel highlights
@@ en | hard negative: skincare
add sparkles and cucumber slices to my skincare routine video
turn my sheet mask selfie into a spa advert
@@ en | hard negative: dog bone
add a giant cartoon bone for my dog's birthday
@@ en | hard negative: bone broth
|| bone broth season is back
@@ en | hard negative: starving food
|| i'm starving, where is the pizza guy
|| starving after practice, mom made lasagna 😭
@@ en | hard negative: fasting iftar
add lanterns and dates on the table for our first iftar of ramadan
make our iftar table look like a magazine spread, ramadan kareem
@@ en | hard negative: thin crust
|| thin crust or deep dish? fight me (politely)
@@ en | hard negative: closet purge
add a "goodbye clutter" banner, closet purge day
|| decluttered 3 bags of clothes, my closet can breathe
@@ en | hard negative: binge watching
|| binge-watched the whole season in one weekend, no regrets
@@ en | hard negative: cutting board
add steam and herbs to my cutting board charcuterie
@@ en | hard negative: bbq ribs
|| these ribs fell off the bone 🤤
@@ en | hard negative: gotcha day
add balloons and "happy gotcha day", we adopted our rescue dog a year ago
@@ en | hard negative: hit the road
|| hit the road at 5am, road trip day 1
@@ en | hard negative: target store
|| went to target for shampoo, left with 9 candles
@@ en | hard negative: shot on phone
add a "shot on my phone" watermark, i'm proud of this sunset
@@ en | hard negative: shot put sport
add a cheering crowd to my shot put throw at the track meet
@@ en | hard negative: black friday
|| black friday survivor, got the blender
""")
# ======================================================================== generator
GENERIC_EMOJI = ["✨", "😂", "🙌", "💯", "😍"]

ABBREV = {
    "en": [(r"\bplease\b", "pls"), (r"\bpls\b", "plz"), (r"\byou\b", "u"), (r"\byour\b", "ur"),
           (r"\bbecause\b", "bc"), (r"\bwith\b", "w/"), (r"\bto be honest\b", "tbh"),
           (r"\bi'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bthanks\b", "thx"), (r"\bare\b", "r"),
           (r"\bwhat\b", "wat"), (r"\btonight\b", "tonite"), (r"\bfor\b", "4")],
    "es": [(r"\bpor favor\b", "porfa"), (r"\bporfa\b", "plis"), (r"\bque\b", "q"), (r"\bqué\b", "q"),
           (r"\bpor\b", "x"), (r"\btambién\b", "tmb"), (r"\bmuy\b", "mui"), (r"\bpara\b", "pa")],
    "pt": [(r"\bvocê\b", "vc"), (r"\bpor favor\b", "pfv"), (r"\bque\b", "q"), (r"\bnão\b", "n"),
           (r"\btambém\b", "tb"), (r"\bmuito\b", "mt"), (r"\bbeleza\b", "blz"), (r"\bpara\b", "pra"),
           (r"\bestá\b", "tá"), (r"\bde novo\b", "dnv")],
    "fr": [(r"\bs'il te plaît\b", "stp"), (r"\bstp\b", "svp"), (r"\bc'est\b", "c"), (r"\bje suis\b", "chui"),
           (r"\bquoi\b", "koi"), (r"\bbeaucoup\b", "bcp"), (r"\bpourquoi\b", "pk"), (r"\btrop\b", "tro"),
           (r"\bmoi\b", "mwa")],
    "it": [(r"\bper favore\b", "x favore"), (r"\bche\b", "ke"), (r"\bnon\b", "nn"), (r"\bcomunque\b", "cmq"),
           (r"\btroppo\b", "trp"), (r"\bper\b", "x"), (r"\bperché\b", "xké")],
    "de": [(r"\bnicht\b", "nich"), (r"\bist\b", "is"), (r"\bhaben\b", "ham"), (r"\bbitte\b", "bitteee"),
           (r"\beinen\b", "nen"), (r"\beine\b", "ne"), (r"\bich hab\b", "hab"), (r"\bdas\b", "des")],
    "nl": [(r"\balsjeblieft\b", "aub"), (r"\becht\b", "egt"), (r"\bniet\b", "nie"), (r"\bgraag\b", "graag!!"),
           (r"\bwat\b", "wa"), (r"\bmijn\b", "me"), (r"\bhet\b", "t")],
    "id": [(r"\bbanget\b", "bgt"), (r"\byang\b", "yg"), (r"\baku\b", "aq"), (r"\bsama\b", "sm"),
           (r"\bdong\b", "dongg"), (r"\bgak\b", "ga"), (r"\bsumpah\b", "sumpa"), (r"\bpakai\b", "pake")],
    "pl": [(r"\bproszę\b", "prosze"), (r"\bpoproszę\b", "poprosze")],
    "tr": [(r"\blütfen\b", "lütfn"), (r"\bçok\b", "çk")],
    "mixed": [(r"\bplease\b", "pls"), (r"\byou\b", "u"), (r"\bque\b", "q"), (r"\bi'm\b", "im")],
}
ELONGATE = {
    "en": ["so", "cute", "omg", "love", "yes", "please", "no", "lol", "good", "fire", "dead", "wow", "stop",
           "really", "amazing", "yay", "finally", "pretty", "best", "happy", "help", "why", "ok",
           "perfect", "proud", "congrats", "gorgeous", "lit"],
    "es": ["qué", "mono", "lindo", "porfa", "jajaja", "muero", "ay", "rico", "muy", "bueno", "ya",
           "linda", "vamos", "amo", "estoy", "nivel"],
    "pt": ["fofo", "lindo", "kkkk", "morri", "top", "amei", "muito", "demais", "meu", "deus", "gente"],
    "fr": ["trop", "mignon", "stp", "mdr", "ouf", "beau", "chou", "bravo", "enfin", "non", "oui", "mort"],
    "de": ["so", "süß", "mega", "bitte", "hammer", "tot", "voll", "endlich", "ja", "wie"],
    "it": ["che", "carino", "troppo", "bello", "muoio", "bomba", "sì", "bella", "ricetta", "auguri"],
    "nl": ["zo", "schattig", "lief", "echt", "vet", "te", "mooi", "graag"],
    "pl": ["ale", "słodkie", "proszę", "jakie"],
    "tr": ["çok", "tatlı", "bomba", "aşırı"],
    "id": ["lucu", "gemes", "banget", "dong", "keren", "parah", "gila"],
    "mixed": ["so", "cute", "lindo", "love", "echt", "mega"],
}
VOWELS = "aeiouyáéíóúàèìòùäöüâêîôûãõıęąó"


def strip_accents(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    out = unicodedata.normalize("NFD", s)
    out = "".join(ch for ch in out if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", out)


def german_umlaut(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


def parse():
    fams = []  # list of dict(lang, note, rows=[(prompt, caption)])
    for chunk in CHUNKS:
        cur = None
        for raw in chunk.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("@@"):
                lang, note = [x.strip() for x in line[2:].split("|", 1)]
                assert lang in LANGS, line
                cur = {"lang": lang, "note": note, "rows": []}
                fams.append(cur)
                continue
            assert cur is not None, line
            if "||" in line:
                p, c = line.split("||", 1)
                p, c = p.strip(), c.strip()
            else:
                p, c = line, ""
            assert p or c, line
            cur["rows"].append((p, c))
    return fams


KEYWORD_EMOJI = [  # patterns are matched at a word start (\b is prepended)
    (r"(cakes?|tarta|gâteau|kuchen|bolo|torta|taart|pastel|tiramis)", ["🍰", "🎂"]),
    (r"pizzas?\b", ["🍕"]),
    (r"(coffee|café|caffè|kaffee|koffie|espresso|kahve|kopi|moka)", ["☕"]),
    (r"tacos?\b", ["🌮"]),
    (r"(beach|playa|plage|strand|praia|spiaggia|pantai|plaj|plaż)", ["🏖️", "🌊"]),
    (r"(snow|nieve|neige|schnee|neve|sneeuw|śnieg|winter)", ["❄️", "☃️"]),
    (r"(dogs?|pup|pups|puppy|puppies|perro|chien|hund|dackel|cachorro|cane|hond|psu|köpe|anjing)\b", ["🐶", "🐕"]),
    (r"(cats?|kitty|kitten|gato|gatto|katze|kat|kot|kedi|kucing)\b", ["🐱", "🐈"]),
    (r"(space|espacio|espace|weltall|spazio|espaço|moon|luna|mond|maan|rocket)\b", ["🚀", "🌙", "🪐"]),
    (r"(christmas|navidad|noël|weihnacht|natal|natale|kerst|świąt|choink|tannenbaum|sapin)", ["🎄"]),
    (r"(birthday|bday|cumple|anniversaire|geburtstag|aniversário|compie|jarig|wird \d|faz \d|turns \d)", ["🎂", "🎈"]),
    (r"(halloween|zombi|vampir|witch|skeleton|pumpkin)", ["🎃", "👻"]),
    (r"(pirat|piraa|korsan|bajak laut)", ["🏴‍☠️", "🦜"]),
    (r"dino", ["🦖"]),
    (r"mermaid", ["🧜‍♀️"]),
    (r"(songs?|music|canción|chanson|lied|música|canzone|nummer|şarkı|lagu|piosenk|beat|concert|konzert|band|dj|choir)\b", ["🎶", "🎧"]),
    (r"(pride|orgullo|orgulho|fiertés|csd)\b", ["🏳️‍🌈", "🌈"]),
    (r"(rainbow|arcoíris|arc-en-ciel|regenbo|arcobaleno|arco-íris)", ["🌈"]),
    (r"(gym|beast|muscle|músculo|cutting|shredded|fitness|bestia)", ["💪"]),
    (r"(flowers?|flor|fleur|blume|fiori|bloem|tulp|lavand|sunflower|sakura|blossom|cherry blossom)", ["🌸", "🌻"]),
    (r"(sunset|atardecer|coucher du soleil|sonnenuntergang|tramonto|zonsondergang|pôr do sol|sunrise)", ["🌅"]),
    (r"(rain|rainy|lluvia|pluie|regen|chuva|pioggia)\b", ["🌧️", "☔"]),
    (r"(fireworks?|feu d'artifice|feuerwerk|fuegos artificiales|fogos|fuochi|vuurwerk)", ["🎆", "🎇"]),
    (r"(graduat|diploma|graduación|formatura|laurea|abschluss|grad)\b", ["🎓"]),
    (r"(laugh|risa|rire|lachen|ridere|rir|kkkk|jaja|mdr|ptdr|ngakak|śmiech|gülmek|wkwk)", ["😂", "🤣"]),
    (r"(dead|muert[oa]|mort[oe]?|morri|morta|dood|öldüm|died|dying)\b", ["💀", "😂"]),
    (r"(cute|mono|lindo|mignon|chou|süß|niedlich|fofo|carino|tenero|schattig|słodk|tatlı|lucu|gemes|adorable)", ["🥹", "😍", "💕"]),
    (r"(recipe|receta|recette|rezept|receita|ricetta|recept|przepis|tarif|resep)", ["🙏", "😋", "🤤"]),
    (r"(school|exam|homework|deberes|devoirs|mathe|compiti|huiswerk|prova|wiskunde|finals)\b", ["📚", "😩"]),
    (r"(monday|lunes|lundi|montag|segunda|lunedì|maandag)\b", ["😩", "☕"]),
    (r"(eid|lebaran|ramazan|aïd|suikerfeest|idul)\b", ["🌙", "✨"]),
    (r"diwali", ["🪔"]),
    (r"(hanukkah|chanukka)", ["🕎"]),
    (r"(blood|sangre|sang|blut|sangue|bloed)\b", ["❤️", "🩸"]),
    (r"(surgery|operación|opération|operação|operazione|operatie|cirurgia|hospital)", ["🎈", "💐"]),
    (r"(fire|fuego|feu|fogo|fuoco|lit)\b", ["🔥"]),
    (r"(bomb|bomba|bombe)\b", ["💣", "🔥"]),
    (r"(football|soccer|goal|gol|stadium|estadio|stade|stadion|futsal|calcetto)\b", ["⚽", "🏆"]),
    (r"(basketball|hoops)\b", ["🏀"]),
    (r"(medal|medalla|médaille|medaille|trophy|won|champion|championship)\b(?!')", ["🥇", "🏆"]),
]
TOPIC_FALLBACK = [
    ("background", ["✨", "📸", "😍"]), ("style", ["🎨", "✨"]), ("costume", ["🎭", "✨", "😂"]),
    ("accessory", ["😎", "✨", "🥳"]), ("animals", ["🐾", "🥹"]), ("pets", ["🐾", "🥹"]),
    ("food", ["😋", "🤤"]), ("weather", ["🌤️"]), ("season", ["🍂", "🌸"]), ("holiday", ["🎉", "🥳"]),
    ("sports", ["🏆", "💪"]), ("music", ["🎶"]), ("travel", ["✈️", "🌍"]), ("humour", ["😩", "🙃", "😭"]),
    ("relatable", ["😂", "🙃", "😭"]), ("caption", ["😂", "🙃"]), ("comment", ["😍", "🙌", "❤️"]),
    ("religious", ["✨", "🕯️"]), ("medical", ["🎈", "💐"]), ("kid", ["🎈", "🥳", "⭐"]),
    ("cooking", ["👨‍🍳", "😋"]), ("slang", ["🔥", "💯"]), ("positive", ["💖", "🙌"]),
]


def topic_emojis(note, text=""):
    t = text.lower()
    for pat, ems in KEYWORD_EMOJI:
        if re.search(r"\b" + pat, t):
            return ems
    n = note.lower()
    for key, ems in TOPIC_FALLBACK:
        if key in n:
            return ems
    return GENERIC_EMOJI


def has_emoji(s):
    return any(ord(ch) > 0x2500 for ch in s)


# --- variant makers: each takes (text, lang, rng, note) and returns new text or None
def v_lower_casual(t, lang, rng, note):
    s = t.lower()
    s = re.sub(r"[!?.,;:¡¿]+", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def v_no_accents(t, lang, rng, note):
    if lang == "de" and rng.random() < 0.6:
        return german_umlaut(t)
    return strip_accents(t)


def v_abbrev(t, lang, rng, note):
    rules = ABBREV.get(lang, [])
    s = t
    hits = [r for r in rules if re.search(r[0], s, flags=re.I)]
    if not hits:
        return None
    rng.shuffle(hits)
    for pat, rep in hits[:2]:
        s = re.sub(pat, rep, s, count=1, flags=re.I)
    return s


def v_elongate(t, lang, rng, note):
    words = ELONGATE.get(lang, [])
    cands = [w for w in words if re.search(r"\b%s\b" % re.escape(w), t, flags=re.I)]
    if not cands:
        return None
    w = rng.choice(cands)
    m = re.search(r"\b%s\b" % re.escape(w), t, flags=re.I)
    word = m.group(0)
    # repeat the last vowel (or last letter) of the word
    idx = max((i for i, ch in enumerate(word) if ch.lower() in VOWELS), default=len(word) - 1)
    longer = word[: idx + 1] + word[idx] * rng.randint(2, 3) + word[idx + 1:]
    return t[: m.start()] + longer + t[m.end():]


def v_emoji(t, lang, rng, note):
    ems = topic_emojis(note, t)
    k = rng.choice([1, 1, 2, 3])
    e = rng.choice(ems)
    tail = e * k if (rng.random() < 0.6 or len(ems) < 2) else "".join(rng.sample(ems, 2))
    if t.rstrip().endswith(tail):
        return None
    return t.rstrip() + " " + tail


def v_typo(t, lang, rng, note):
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]{5,}", t)]
    if not words:
        return None
    a, b = rng.choice(words)
    w = t[a:b]
    i = rng.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if w2 == w:
        return None
    return t[:a] + w2 + t[b:]


def v_no_emoji_caps(t, lang, rng, note):
    # short shouty comment, the way people type excitement
    if len(t) > 45:
        return None
    return t.upper()


VARIANTS = {
    "lowercase casual": v_lower_casual,
    "no accents": v_no_accents,
    "chat abbreviations": v_abbrev,
    "stretched letters": v_elongate,
    "emoji added": v_emoji,
    "typo": v_typo,
    "caps": v_no_emoji_caps,
}


VARIANT_WEIGHT = {"no accents": 3.0, "chat abbreviations": 3.0, "stretched letters": 2.5,
                  "emoji added": 1.5, "lowercase casual": 2.0, "typo": 0.4, "caps": 1.0}


def variant_order(lang, rng, caption_only):
    order = []
    if lang in ("es", "fr", "pt", "de", "it", "pl", "tr"):
        order.append("no accents")
    order += ["chat abbreviations", "stretched letters", "emoji added", "lowercase casual", "typo"]
    if caption_only:
        order.append("caps")
    # weighted shuffle: likelier kinds tend to come first
    keyed = sorted(order, key=lambda k: -rng.random() ** (1.0 / VARIANT_WEIGHT[k]))
    if lang in ("pl", "tr"):  # typing without diacritics is the most natural variant there
        keyed.remove("no accents")
        keyed.insert(0, "no accents")
    return keyed


def make_variant(p, c, lang, note, kind, rng):
    fn = VARIANTS[kind]
    # apply to the caption when there is one (that's what people retype), else prompt
    if kind == "stretched letters":
        # people stretch letters in chatty captions and comments, rarely in edit instructions
        if not c:
            return None
        np_, nc = p, fn(c, lang, rng, note)
    elif kind in ("no accents", "lowercase casual"):
        np_ = fn(p, lang, rng, note) if p else p
        nc = fn(c, lang, rng, note) if c else c
    elif c and (not p or rng.random() < 0.7):
        np_, nc = p, fn(c, lang, rng, note)
    else:
        np_, nc = fn(p, lang, rng, note), c
    if np_ is None or nc is None:
        return None
    if (np_, nc) == (p, c):
        return None
    if not (np_ or nc):
        return None
    return np_, nc


def build(target_rows=1950, max_fam=8, seed=4):
    rng = random.Random(seed)
    fams = parse()
    seen = set()
    for f in fams:
        for r in f["rows"]:
            key = (r[0].lower(), r[1].lower())
            assert key not in seen, "duplicate hand-written row: %r" % (r,)
            seen.add(key)
        f["out"] = [(p, c, f["note"]) for p, c in f["rows"]]

    def add_variant(f):
        if len(f["out"]) >= max_fam:
            return False
        bases = list(f["rows"])
        rng.shuffle(bases)
        for p, c in bases:
            used = {n.split("variant: ")[-1] for _, _, n in f["out"] if "variant: " in n}
            for kind in variant_order(f["lang"], rng, not p):
                if kind in used and rng.random() < 0.8:
                    continue
                v = make_variant(p, c, f["lang"], f["note"], kind, rng)
                if v is None:
                    continue
                key = (v[0].lower(), v[1].lower())
                if key in seen:
                    continue
                seen.add(key)
                f["out"].append((v[0], v[1], f["note"] + "; variant: " + kind))
                return True
        return False

    # 1) every single-row family gets one variant (families need 2+ rows)
    for f in fams:
        if len(f["out"]) < 2:
            ok = add_variant(f)
            assert ok, "could not make a variant for %r" % (f["rows"],)
    # 2) then spread variants over the other families until the target is reached
    total = sum(len(f["out"]) for f in fams)
    order = [f for f in fams if len(f["rows"]) >= 2] + [f for f in fams if len(f["rows"]) < 2]
    rng.shuffle(order)
    i = 0
    while total < target_rows and i < len(order) * 3:
        f = order[i % len(order)]
        if add_variant(f):
            total += 1
        i += 1
    return fams


def write(fams):
    rows = []
    n = 0
    for fi, f in enumerate(fams, 1):
        fam_id = "%s-F%04d" % (PREFIX, fi)
        for p, c, note in f["out"]:
            n += 1
            rows.append({
                "id": "%s-%04d" % (PREFIX, n), "prompt": p, "caption": c, "label": "allow",
                "category": "benign", "family": fam_id, "lang": f["lang"], "note": note,
            })
    corpus_csv_write(OUT, rows)
    return rows


def validate():
    cols = ["id", "prompt", "caption", "label", "category", "family", "lang", "note"]
    with open(OUT, encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        assert header == cols, header
        data = []
        for rec in rd:
            assert len(rec) == len(cols), rec
            data.append(dict(zip(cols, rec)))
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = Counter((r["prompt"].strip().lower(), r["caption"].strip().lower()) for r in data)
    dups = [t for t, k in texts.items() if k > 1]
    assert not dups, dups[:5]
    fam = Counter(r["family"] for r in data)
    bad = {k: v for k, v in fam.items() if not 2 <= v <= 8}
    assert not bad, bad
    for r in data:
        assert r["id"].startswith(PREFIX + "-"), r
        assert r["family"].startswith(PREFIX + "-F"), r
        assert r["label"] == "allow" and r["category"] == "benign", r
        assert r["lang"] in LANGS, r
        assert r["prompt"].strip() or r["caption"].strip(), r
        assert r["prompt"] == r["prompt"].strip() and r["caption"] == r["caption"].strip(), r
        assert r["note"].strip(), r
        assert "\n" not in r["prompt"] + r["caption"], r
        nwords = len((r["prompt"] + " " + r["caption"]).split())
        assert nwords <= 32, (nwords, r)
    # a family keeps one language
    fl = defaultdict(set)
    for r in data:
        fl[r["family"]].add(r["lang"])
    assert all(len(v) == 1 for v in fl.values())

    n = len(data)
    print("rows:", n, " families:", len(fam))
    print("label:", dict(Counter(r["label"] for r in data)))
    print("category:", dict(Counter(r["category"] for r in data)))
    kinds = Counter("hard negative" if r["note"].startswith("hard negative") else "everyday" for r in data)
    print("subtype:", dict(kinds))
    fk = Counter()
    for fid in fam:
        fk["hard negative" if any(r["note"].startswith("hard negative") for r in data if r["family"] == fid) else "everyday"] += 1
    print("families by subtype:", dict(fk))
    lc = Counter(r["lang"] for r in data)
    print("lang:", ", ".join("%s %d (%.1f%%)" % (k, v, 100 * v / n) for k, v in lc.most_common()))
    print("non-English share: %.1f%%" % (100 * (n - lc["en"]) / n))
    com = sum(1 for r in data if not r["prompt"])
    both = sum(1 for r in data if r["prompt"] and r["caption"])
    print("caption-only (comments / bare captions):", com, "(%.1f%%)" % (100 * com / n),
          " prompt+caption:", both, " prompt-only:", n - com - both)
    hand = sum(1 for r in data if "variant:" not in r["note"])
    print("hand-written:", hand, " programmatic variants:", n - hand)
    print("variant kinds:", dict(Counter(r["note"].split("variant: ")[1] for r in data if "variant:" in r["note"])))
    print("family sizes:", dict(sorted(Counter(fam.values()).items())))
    return data


def main():
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    fams = build(target_rows=target)
    write(fams)
    data = validate()
    assert len(data) >= 1900, len(data)
    assert len({r["family"] for r in data}) >= 550
    print("OK")


if __name__ == "__main__":
    main()
