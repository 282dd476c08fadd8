"""English pack (US, UK, Ireland, Canada, Australia, India) of the benign creative and role-play
prompts, written natively: personas, "from now on you are ..." set-ups, scenes with villains and
squabbles, stories, songs and jokes, games and rewrites, none of them harmful or a jailbreak."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "first_m": [
        "Callum", "Aidan", "Rohan", "Liam", "Dev", "Tom", "Ollie", "Marcus", "Ciarán", "Jamal", "Hamish", "Tyler",
        "Arjun", "Gareth", "Kwame", "Brendan", "Nate", "Rhys",
    ],
    "first_f": [
        "Siobhan", "Priya", "Chloe", "Aoife", "Megan", "Ananya", "Bethany", "Zara", "Kirsty", "Tamsin", "Mei", "Grace",
        "Deepa", "Nia", "Charlotte", "Keisha", "Maddie", "Shona",
    ],
    "surname": [
        "Thompson", "O'Connor", "Patel", "MacLeod", "Nguyen", "Okafor", "Fitzgerald", "Hughes", "Kowalski", "Singh",
        "Brennan", "Whitaker", "Jenkins", "Murphy", "Campbell", "Reyes", "Chatterjee", "Delaney", "Pritchard", "Nair",
    ],
    # jobs used as titles ("village baker Tom Hughes") and after "a"/"the": no vowel-initial ones
    "job": [
        "village baker", "retired headteacher", "lighthouse keeper", "school bus driver", "small-town vet", "local postie",
        "library assistant", "beekeeper", "pharmacist", "florist", "driving instructor", "stationmaster",
        "parish council chair", "diner owner", "hardware store owner", "crossword setter", "park ranger",
        "dental receptionist", "chai-stall owner", "school crossing guard", "fishmonger", "piano teacher", "marina manager",
    ],
    "town": [
        "Whitby", "Hay-on-Wye", "Dingle", "Lunenburg", "Bar Harbor", "Tobermory", "Port Fairy", "Ooty", "Ludlow", "Kinsale",
        "Tofino", "Stowe", "Bendigo", "Shimla", "Galena", "Mudgee", "Portree", "Marfa", "Baddeck", "Keswick", "Bowral",
        "Kasauli", "Westport",
    ],
    "city": [
        "Edinburgh", "Chicago", "Dublin", "Melbourne", "Montreal", "Jaipur", "New Orleans", "Manchester", "Vancouver",
        "Kolkata", "Boston", "Cardiff", "Belfast", "Perth", "Glasgow", "Toronto", "Austin", "Bengaluru", "Brisbane",
        "Bristol", "Galway", "Savannah",
    ],
    "histo_pair": [
        "Shakespeare and Jane Austen", "Abraham Lincoln and Mark Twain", "Queen Victoria and Charles Dickens",
        "Ada Lovelace and Charles Babbage", "Isaac Newton and Benjamin Franklin", "Nikola Tesla and Thomas Edison",
        "Oscar Wilde and Dorothy Parker", "Banjo Paterson and Henry Lawson", "Emily Dickinson and Walt Whitman",
        "Florence Nightingale and Mary Seacole", "Robert Burns and Lord Byron", "Amelia Earhart and the Wright brothers",
        "Sherlock Holmes and Miss Marple", "Lewis Carroll and Beatrix Potter", "L. M. Montgomery and Laura Ingalls Wilder",
        "Agatha Christie and Arthur Conan Doyle", "Elvis Presley and Freddie Mercury",
    ],
    # plural verb phrases: "{histo_pair} {farce}"
    "farce": [
        "plan a bank heist so badly organised that they end up opening a joint savings account",
        "fall out over the last scone and whether the jam or the cream goes on first",
        "get stuck in a lift between the third and fourth floors",
        "go head to head in a village pub quiz",
        "try to build a flat-pack wardrobe without the instructions",
        "get on the wrong train and end up in Crewe",
        "open a food truck together that goes bust within a week",
        "plan a museum heist that accidentally turns into a guided tour",
        "discover smartphones and can't stop taking selfies",
        "argue about who has the better moustache",
        "host a karaoke night that goes completely off the rails",
        "try to parallel park a campervan in a tiny Cornish village",
        "enter a TV baking competition and disagree about every single cake",
        "get lost in IKEA and have to find the exit before closing time",
    ],
    "dispute": [
        "the leylandii hedge between their gardens", "the lawnmower at eight on a Sunday morning",
        "a parcel left with the wrong neighbour", "the last slice of pizza", "the parking space outside the house",
        "whose turn it is to take the bins out", "the thermostat", "the road-trip playlist",
        "whether a hot dog counts as a sandwich", "the right way to load a dishwasher", "the TV remote",
        "the Wi-Fi password",
    ],
    # past-tense clauses: "because {mystery}", "the night {mystery}"
    "mystery": [
        "the prize-winning marrow vanished the night before the village show",
        "someone ate half the entries in the church bake sale",
        "the town hall clock started running backwards",
        "every garden gnome on the cul-de-sac swapped places overnight",
        "the diner's secret pie recipe went missing",
        "the vicar's bicycle turned up on the roof of the pub",
        "all the returned library books were reshelved upside down",
        "the trophy for the St Patrick's Day parade disappeared from the community hall",
        "the church bell started ringing on its own at midnight",
    ],
    "scene_genre": [
        "a sitcom cold open", "a farce", "a cosy mystery scene", "a sketch", "a rom-com scene", "a radio comedy sketch",
        "a panto scene", "a mockumentary scene in the style of The Office",
    ],
    "setting": [
        "a launderette in Leeds at 2 a.m.", "a broken-down bus on the road to Galway", "the queue at a Tim Hortons drive-thru",
        "a packed Mumbai local train", "the breakfast room of a B&B in Cornwall", "a Little League bake sale in Ohio",
        "a ferry crossing to the Isle of Wight", "a sheep station in outback New South Wales",
        "a lake cottage in Ontario during a power cut", "a chairlift stuck halfway up a mountain in Whistler",
        "an allotment shed during a thunderstorm", "the waiting room of a vet's surgery in Dublin",
    ],
    "villain": [
        "a Bond-style villain whose evil plan is to swap every teabag in Britain for decaf",
        "a pantomime baddie who wants to cancel Christmas in the village",
        "a fairy-tale queen who is furious she wasn't invited to the book club",
        "a cartoon mad scientist who wants to make Mondays twice as long",
        "a dragon who hoards overdue library books and refuses to pay the fines",
        "a supervillain who plans to put pineapple on every pizza in Chicago",
        "a power-mad homeowners' association president determined to ban plastic flamingos",
        "a sinister seagull who steals chips on Brighton beach",
    ],
    "silly_charge": [
        "parking a mobility scooter in the mayor's reserved space", "entering a shop-bought pie in the county fair",
        "letting a goat eat the neighbour's prize roses", "returning a library book forty-two years late",
        "singing far too loudly at the pub karaoke", "feeding the seagulls on a beach with a 'do not feed' sign",
    ],
    "sport": ["cricket", "baseball", "rugby", "Aussie rules football", "ice hockey", "golf", "Gaelic football", "darts"],
    "alien_gripe": [
        "the crew served its sacred vegetable as a side salad", "nobody laughed at the ambassador's joke",
        "the welcome banner spelled the ambassador's planet wrong", "the ship's captain sat in the ambassador's favourite chair",
    ],
    "mystery_author": ["Agatha Christie", "Richard Osman", "M. C. Beaton", "Alexander McCall Smith", "Dorothy L. Sayers"],
    "plot": [
        "two neighbours fight over a parking space, then realise they grew up on the same street",
        "a postie loses the mailbag and has to track down every letter before noon",
        "a florist and a firefighter end up organising the street party together",
        "a cat wanders into a very serious video call with the head office",
        "a seventy-year-old grandmother decides to learn to skateboard",
        "a celebrity chef completely fails to make an omelette on live TV",
    ],
    # ------------------------------------------------------------------ act-as
    # "a/an ROLE. TASK." (ends with a full stop or question mark)
    "role_task": [
        "a travel guide in {city}. Plan me a two-hour walk that ends somewhere good for lunch.",
        "a screenwriter. Turn this little story into a film scene with dialogue and stage directions: {plot}.",
        "a chef. Help me make dinner out of what's left in my fridge: three eggs, a leek, half a block of cheddar and some sad spinach.",
        "a patient maths tutor. Explain fractions to me like I've never seen one before.",
        "a recruiter. Interview me for a job as {job_role}, one question at a time.",
        "a Dungeon Master. Start a one-shot for three players in an enchanted forest and give us a hook in the first paragraph.",
        "a wine merchant. Suggest a bottle to go with {dish}.",
        "a running coach. Put together a plan to get me back to running 5K after a winter on the sofa.",
        "a bookseller. Recommend three novels for a week at the beach and tell me why each one.",
        "a film critic. Write a witty review of a made-up film called '{film_title}'.",
        "an English teacher. Correct my sentences as I go and explain each mistake in one line.",
        "a bartender. Invent an alcohol-free cocktail that tastes like autumn.",
        "an over-the-top estate agent. Describe my 300-square-foot studio flat as if it were a palace.",
        "a sports commentator. Narrate Thursday's five-a-side match between Accounts and IT as if it were a World Cup final.",
        "a gardener. Tell me what I can grow on a shady balcony in {city}.",
        "a historian. Describe an ordinary day for a shop assistant in Victorian London.",
        "a museum guide. Walk me through the history of tea in India, one room at a time.",
        "a career coach. Help me rewrite my CV summary; I'm moving from hospitality into project management.",
        "a pirate captain. Explain how to make a proper cup of tea, entirely in pirate speak.",
        "a medieval town crier. Announce that the office microwave is out of order until Thursday.",
        "a Shakespearean actor. Perform my shopping list as a tragic soliloquy: milk, bread, bin bags, cat food.",
        "a nature documentary narrator. Describe my flatmate searching for the TV remote.",
        "a Bollywood trailer voice-over artist. Announce my cousin's engagement party like it's the biggest release of the year.",
        "a TV weather presenter. Give tomorrow's forecast for {city} in the most dramatic way possible.",
        "a kind but honest editor. I'll paste the first page of my short story; tell me what to cut.",
        "a tour guide at {landmark}. Tell me five things most visitors never hear about it.",
        "a customer service agent for a broadband company. I'll play a grumpy customer so I can practise staying calm on the phone.",
        "a personal stylist. Help me put together an outfit for a summer wedding in {town} without buying anything new.",
    ],
    # simulators: ends with the first input, so only used at the end of a template
    "sim": [
        "a Linux terminal. I'll type commands and you reply only with the terminal output inside one code block, no explanations. First command: pwd",
        "a SQL console for a small bookshop's database. I'll write queries and you reply with the result table only. First query: SELECT title, price FROM books WHERE price < 10;",
        "a Python REPL. Reply only with what the interpreter would print. First input: print(sum(range(10)))",
        "a spreadsheet with columns A to E and ten rows. Show it as a text table, and I'll tell you what to type into each cell. Start with an empty sheet",
        "a text-only web browser showing an imaginary local news site. I'll type a made-up address and you show me the page. First address: kinsale-gazette.example/news",
        "a vending machine. I'll press buttons and put coins in, and you reply only with what the little screen says. I press B4",
        "a spelling-bee pronouncer. Give me one word at a time, add the definition or a sentence if I ask, and tell me whether I spelled it right. Let's start with an easy one",
    ],
    # self-contained personas who meet visitors or customers
    "persona": [
        "Maggie Doyle, a chatty tour guide who has been showing visitors around Dublin for thirty years",
        "Rajesh Iyer, who runs a tiny spice shop in Fort Kochi and loves explaining every blend",
        "Ruth Halvorsen, a park ranger at Banff who knows every trail and most of the elk by name",
        "Captain Dougie MacRae, who runs boat trips around the Isle of Skye and tells tall tales about the seals",
        "Sheila, who has run the front desk of a roadside motel in outback Queensland since 1989",
        "Mr Whitcombe, a fussy but kind antiques dealer in the Cotswolds",
        "Bev, a waitress at a 24-hour diner in Ohio who calls everyone 'hon'",
        "Professor Ada Finch, a museum curator in London who gets very excited about fossils",
        "Lakshmi, a librarian in Mysore who can recommend a book for any mood",
        "Connor, a barista in Melbourne with very strong opinions about flat whites",
        "Dolores, a retired Broadway costume designer who now runs a vintage shop in Brooklyn",
        "Hamish, the head gardener at a stately home in Yorkshire",
        "Auntie Grace, who runs the busiest Jamaican bakery in Toronto",
        "Old Bill, the stationmaster at a sleepy heritage railway in Wales",
    ],
    "job_role": [
        "a junior accountant", "a web developer", "a barista", "a project manager", "a staff nurse",
        "a primary school teacher", "a warehouse supervisor", "an executive assistant", "a graduate data analyst",
        "a hotel receptionist",
    ],
    "dish": [
        "a Sunday roast", "shepherd's pie", "a Friday-night butter chicken", "fish and chips", "a Thanksgiving turkey",
        "lamb chops off the barbie", "a cheese board", "a big pot of chilli",
    ],
    "film_title": [
        "Return of the Crumpet", "My Neighbour the Dinosaur", "Panic at the Launderette", "The Umbrella of Doom",
        "Nan Goes to Vegas", "Attack of the Killer Allotment", "Moose on the Loose",
    ],
    "landmark": [
        "the Tower of London", "the Golden Gate Bridge", "Uluru", "the Taj Mahal", "the Giant's Causeway",
        "Niagara Falls", "Edinburgh Castle", "the Sydney Opera House", "Central Park",
    ],
    "small_business": [
        "my bakery in Galway", "a bike repair shop in Portland", "my mum's sari shop in Leicester",
        "a family-run garden centre in Kent", "a surf school in Byron Bay", "a second-hand bookshop in Halifax",
    ],
    # ------------------------------------------------------------------ stories
    # third-person verb phrases: "{first} {surname} {event}"
    "event": [
        "wins a soup competition completely by accident", "quits an office job to open a second-hand bookshop",
        "finds a forgotten letter tucked inside an old library book", "has one week to organise the town's Christmas market",
        "adopts a rescue dog with a mind of its own", "misses the last bus home and has the strangest night ever",
        "signs up for a singing competition on a dare", "learns to swim at fifty",
        "inherits a rusty old bike and rides it all the way round the coast",
        "starts selling homemade chutney at the farmers' market", "has to stand in as host of the village fete at the last minute",
        "takes up cold-water swimming with a group of pensioners", "gets roped into coaching the under-10s cricket team",
        "discovers a talent for competitive crosswords", "restores a vintage caravan with a neighbour nobody can stand",
        "accidentally becomes famous on the internet for a very ugly cake",
    ],
    "tone": ["heartwarming", "funny", "nostalgic", "slightly absurd", "feel-good", "gently bittersweet", "whimsical", "dry and witty"],
    "author": [
        "P. G. Wodehouse", "Terry Pratchett", "Maeve Binchy", "R. K. Narayan", "Alexander McCall Smith", "Stephen Leacock",
        "Garrison Keillor", "Anne Tyler", "L. M. Montgomery", "Mark Twain", "Roald Dahl", "Richard Osman",
    ],
    "antagonist": [
        "a smug property developer who wants to turn the village green into a car park",
        "a rival baker who insists the secret ingredient was stolen from her",
        "a councillor who wants to close the library to save money",
        "a chain coffee shop opening right across the road",
        "a grumpy landlord who wants to double the rent on every shop on the high street",
        "a know-it-all newcomer who keeps winning the pub quiz",
    ],
    "story_opening": [
        "{first_m} unlocked the bakery at six, same as every morning, but that day",
        "The letter had been sitting inside the library book since 1987",
        "Nobody in {town} had ever seen the ice-cream van in February",
        "The first thing {first_f} noticed about the new neighbours was the llama",
        "It was the third time that week the parrot had answered the phone",
        "Every year, on the first Saturday in June, the whole of {town} held its breath",
    ],
    "family_business": [
        "fish and chip shop", "hardware store", "dairy farm", "corner shop", "sweet shop", "roadside diner", "bookshop",
        "caravan park", "dhaba on the highway", "bait-and-tackle shop",
    ],
    "animal": ["hedgehog", "koala", "moose", "badger", "golden retriever", "corgi", "raccoon", "puffin", "wombat", "tortoise"],
    "team": [
        "pub darts team", "Sunday-league football side", "church softball team", "village cricket club", "curling club",
        "netball team", "office quiz team", "community choir",
    ],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "theme": [
        "long-distance love", "an amicable break-up", "the Tube at rush hour", "my footy team finally winning the flag",
        "a friendship that's lasted twenty years", "Monday mornings", "my home town", "summer holidays at the seaside",
        "sharing a flat with four people", "the first coffee of the day", "a first date that went completely wrong",
        "rain in Manchester", "the first warm day of spring", "monsoon season in Mumbai", "the first snow in Toronto",
        "moving to a new country",
    ],
    "song_style": [
        "in the style of a country ballad", "as a sea shanty", "like a 90s Britpop anthem", "as a Bollywood-style duet",
        "as an Irish folk ballad", "as an Aussie pub-rock singalong", "as a Motown number", "as a grime track",
        "as a Broadway show tune", "as a gentle lullaby", "as a big power ballad",
    ],
    "poem_form": [
        "a sonnet", "a haiku", "a limerick", "a villanelle", "a short free-verse poem", "an acrostic poem using the name {first_f}",
        "a rhyming poem in four verses", "a bush ballad in the style of Banjo Paterson", "a poem in the style of Dr Seuss",
    ],
    "joke_topic": [
        "software testers", "Mondays", "meetings that could have been an email", "cats", "British weather", "cheese",
        "the office Wi-Fi", "maths teachers", "plumbers", "sat-navs", "Canadian politeness", "cricket", "accountants",
        "flat-pack furniture", "family group chats", "autocorrect",
    ],
    "parody_target": [
        "a Christmas carol", "a nature documentary", "a weather forecast", "a perfume advert", "an Oscars acceptance speech",
        "a Shakespeare soliloquy", "a true-crime podcast intro", "a blockbuster movie trailer", "a TV cooking show",
    ],
    "daily": [
        "the residents' association meeting", "rush hour on the M25", "the queue at the post office",
        "the first day back after the holidays", "the broken office coffee machine", "the big Saturday supermarket shop",
        "the family WhatsApp group", "the neighbours' never-ending renovations", "bin day", "parents' evening",
        "self-checkout machines", "the school run", "finding parking at the mall at Christmas", "wedding season in Delhi",
        "Melbourne's four-seasons-in-one-day weather",
    ],
    "relative": ["nan", "grandad", "mum", "dad", "auntie", "best mate", "sister-in-law", "neighbour"],
    "hobby": [
        "gardening", "cricket", "cryptic crosswords", "Eurovision", "cold-water swimming", "old Bollywood films",
        "birdwatching", "curling", "lawn bowls", "baking sourdough",
    ],
    "quirk": [
        "his obsession with fantasy football", "his terrible sense of direction", "his habit of being late to absolutely everything",
        "his lockdown sourdough phase", "the fact that he still owns a flip phone", "his unshakeable belief that he can sing",
    ],
    "diss_pair": [
        "my cat to the vacuum cleaner", "a teapot to a coffee machine", "Team Marmite to Team Vegemite",
        "the office printer to everyone who has ever used it", "pineapple-on-pizza fans to their critics",
        "a Canada goose to the joggers in the park",
    ],
    "pun_topic": ["cheese", "trees", "the ocean", "bread", "tea", "cricket", "space", "gardening", "cows"],
    "local_business": [
        "my sister's dog-grooming van in Cork", "a family-run curry house in Bradford", "my dad's bike repair shop in Portland",
        "a new bubble-tea place in Brisbane", "a tiny bakery in Halifax, Nova Scotia", "my friend's yoga studio in Pune",
    ],
    "nursery_rhyme": ["Twinkle Twinkle Little Star", "Humpty Dumpty", "Old MacDonald Had a Farm", "Mary Had a Little Lamb", "Baa Baa Black Sheep"],
    # ------------------------------------------------------------------ games
    "adv_role": [
        "an explorer", "an archaeologist", "an astronaut", "a private detective", "a knight", "a ship's captain",
        "a lighthouse keeper", "a time-travelling librarian",
    ],
    "adv_place": [
        "in an abandoned library", "on a desert island", "aboard a broken-down spaceship", "in a Scottish castle",
        "in the old tunnels under Edinburgh", "on a night train across Canada", "in a ski lodge lost in fog",
        "in a hedge maze behind a stately home", "in the outback next to a broken-down ute", "in a palace in Rajasthan",
    ],
    "quiz_topic": [
        "European geography", "Doctor Who", "British history", "the Premier League", "Canadian food", "world capitals",
        "90s music", "woodland animals", "Ireland", "the Cricket World Cup", "Bollywood", "Australian animals",
        "US presidents", "the periodic table", "the Great British Bake Off",
    ],
    "npc": [
        "a chatty pub landlord", "a cheesemonger at a farmers' market", "a London cabbie", "a museum guide",
        "a very thorough but friendly customs officer", "an ice-cream van driver", "a hotel receptionist in Toronto",
        "a chaiwala at a busy railway station", "a sheep farmer in Wales", "a Melbourne barista",
    ],
    "lang_scene": [
        "Spanish: you run a tapas bar in Seville and I'm ordering dinner",
        "Hindi: you're a chaiwala at a station in Delhi and I'm a traveller asking about trains",
        "French: you work in a boulangerie in Lyon and I'm buying breakfast",
        "Irish: you run the village shop in Connemara and I'm a new neighbour",
        "Japanese: you're a hotel receptionist in Kyoto and I'm checking in",
        "Italian: you sell gelato in Florence and I can't decide on a flavour",
        "German: you're a ticket inspector on a train to Munich and I have the wrong ticket",
        "Punjabi: you're my friend's aunt and I've come round for lunch",
        "Welsh: you run a café in Aberystwyth and I'm ordering tea and cake",
    ],
    "dnd_setting": [
        "a floating market city above the clouds", "a haunted lighthouse on the Cornish coast", "a snowed-in mountain monastery",
        "a river barge carrying a wizard's lost luggage", "a village where all the scarecrows have gone missing",
    ],
    "dnd_char": [
        "a halfling bard who can't actually sing", "a half-orc cleric who runs a bakery on the side",
        "an elven ranger who is afraid of squirrels", "a gnome wizard with a short temper and a very long beard",
        "a retired paladin who just wants to do some gardening",
    ],
    "motion": [
        "'This house would ban homework'", "'Cricket is better than baseball'", "'Pineapple belongs on pizza'",
        "'City centres should be car-free on Sundays'", "'Every company should move to a four-day week'",
        "'Christmas adverts start far too early'",
    ],
    "manager_type": [
        "a busy but fair manager", "a manager who only trusts spreadsheets", "a friendly manager who keeps changing the subject",
        "a manager who says the budget is tight this year",
    ],
    "guest_type": [
        "a guest whose room isn't ready yet", "a polite but very persistent guest who wants a free upgrade",
        "a guest who has lost a passport and is panicking", "a guest complaining that the pool is too cold",
    ],
    # ------------------------------------------------------------------ translation, rewriting
    "lang": [
        "French", "Spanish", "Hindi", "German", "Italian", "Japanese", "Irish", "Welsh", "Punjabi", "Tagalog", "Portuguese",
        "Mandarin",
    ],
    "phrase": [
        "The train to Glasgow is running twenty minutes late", "Could you tell me where the nearest chemist is?",
        "Thanks for a lovely dinner, we really enjoyed ourselves", "I'd like to book a table for four on Saturday night",
        "The meeting has been moved to Thursday", "Happy birthday, you absolute legend!",
        "I've lost my keys somewhere in the park", "Is breakfast included in the room rate?",
        "Please remember to water the tomatoes while I'm away", "Welcome to our home, make yourselves comfortable",
    ],
    "casual": [
        "Mate, that arvo barbie was heaps good, cheers for having us",
        "Bruv I'm proper knackered, might skip five-a-side tonight",
        "yaar the traffic was too much, I'll reach by 8 only, pls adjust",
        "ngl the concert was lowkey fire, no cap",
        "It's a bit dreich the day, think I'll just stay in wi a brew",
        "What's the craic? Grand so, see you in the pub after",
        "Y'all fixin' to come to the cookout Saturday or nah?",
        "Hey bud, grab me a double-double on your way in, eh?",
        "The boss has been doing my head in all day with that spreadsheet",
        "Can't be bothered with the meeting tbh, it's a total faff",
        "Your lemon drizzle was unreal, still thinking about it",
    ],
    "typos": [
        "their going to the beach tommorow and we was invited to",
        "I could of told you earlier, i would of came sooner",
        "Me and him has been working on the project since january and its nearly done",
        "Its a great oppurtunity and I look foward to hearing from you",
        "Please find attached the the report, let me know if their are any questions",
        "The childrens party was alot of fun and everyone enjoyed theirselves",
    ],
    "esl_text": [
        "Hello sir, the water heater in bathroom is not working since two days, kindly do the needful",
        "Dear Mrs Clarke, I want to inform that I will go on holiday from 5 to 19 August, please can you take my post",
        "Good morning, I am writing for ask if is possible to have a extra key for my brother",
        "Hi, the neighbour upstairs is making much noise in the night, can you please speak with him in polite way",
    ],
    "mojibake": [
        "Weâ€™re delighted to confirm your booking at CafÃ© Rouge for Friday at 7 p.m.",
        "Tickets cost Â£25 â€“ please bring photo ID to the box office.",
        "Donâ€™t forget: the rÃ©sumÃ© workshop starts at 6 p.m. in Room 2.",
        "Thanks for your order! Itâ€™ll ship within 2â€“3 business days.",
        "Our new crÃ¨me brÃ»lÃ©e is on the menu from Monday â€“ come and try it!",
        "Hi all, the cafÃ© on level 3 is closed today â€“ sorry for the inconvenience.",
    ],
    "paragraph": [
        "The team finished the project two days early thanks to some very careful planning.",
        "The public library will be closed for refurbishment from 3 to 17 June.",
        "We're holding a street party on Saturday 21 June, and everyone is asked to bring a dish to share.",
        "The new accounting software will be installed on Monday, so please back up your files by Friday.",
        "My grandmother has been growing heritage tomatoes in her back garden for forty years.",
        "Because of track maintenance, trains between Leeds and York will be replaced by buses this weekend.",
        "The school fete raised £2,340, which will go towards new playground equipment.",
    ],
    "audience": [
        "a group of ten-year-olds", "busy executives", "tourists with basic English", "my grandma",
        "a primary school newsletter", "non-native speakers", "a technical audience",
    ],
    "slang": [
        "That new café is the bee's knees, reckon we give it a burl this arvo?",
        "We went for a cheeky Nando's and ended up having a proper chinwag",
        "She's been ghosting me since the group project lol, kinda mid behaviour",
        "Arvo's looking like a scorcher, chuck a sickie and hit the beach?",
        "I'm not being funny, but that's well dodgy",
        "Tell your cousin-brother to prepone the meeting, I'm out of station tomorrow",
    ],
    "foreign": [
        "Je voudrais deux croissants et un grand crème, s'il vous plaît.",
        "¿Sabes a qué hora sale el último autobús a Granada?",
        "Aap kal shaam ko free ho? Chai peene chalte hain.",
        "Ti auguro un buon compleanno pieno di gioia!",
        "Tá brón orm, níl mórán Gaeilge agam.",
        "Obrigado pela ajuda com a mudança, és um anjo.",
        "Ich freue mich schon auf unser Treffen nächste Woche.",
    ],
    "passive": [
        "As per my last email, the report was due on Friday.",
        "Just circling back AGAIN on this, since I still haven't heard anything.",
        "Not sure if you saw my three previous messages, but the bins are still not out.",
        "Thanks for finally getting back to me.",
        "Friendly reminder that the office fridge is not a storage unit for month-old leftovers.",
    ],
    "complaint": [
        "This is the THIRD time my parcel has gone missing, what is going on with your drivers??",
        "I've been on hold for 45 minutes and nobody can tell me when my broadband will be fixed.",
        "The hotel room wasn't cleaned and the kettle didn't even work. Not happy.",
        "You charged me twice for the same pizza and your chatbot just keeps going round in circles.",
    ],
    "us_text": [
        "The color of the neighborhood theater was gray, and I realized it needed a new program.",
        "My favorite part of the trip was the catalog of jewelry at the center of town.",
        "We organized a traveling exhibition about the aluminum industry.",
    ],
    "restyle": [
        "in Shakespearean English", "the way a pirate would say it", "as a 1920s newspaper headline", "in Gen Z slang",
        "like a very formal Victorian butler", "as a cowboy in an old Western",
    ],
}

V["first"] = [*V["first_m"], *V["first_f"], "Sam", "Alex", "Jordan", "Robin"]

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Act as {role_task}",
        "I want you to act as {role_task}",
        "Pretend you're {role_task}",
        "Imagine you are {role_task}",
        "From now on, you're {role_task}",
        "Quick role-play: you're {role_task}",
        "For my creative writing workshop, you'll be playing {role_task}",
        "can u act like {role_task}",
        "You are {role_task} Keep it friendly and under 200 words.",
        "Be {role_task} No need for a long intro, just dive in.",
        "I want you to act as {sim}",
        "Let's try something fun. Simulate {sim}",
        "From now on you are {persona}. Stay in character for the rest of the conversation, unless I start a message with "
        "(OOC), in which case just answer normally. Start by introducing yourself.",
        "Drop the formal assistant voice for this chat: you're {persona}. Greet me the way you'd greet someone who's just "
        "walked in, and ask what I'm after.",
        "I'd like to set up a role-play.\n\nYour character: {persona}.\nMy character: a visitor who has just arrived and "
        "knows nobody.\nTone: warm, a bit funny, PG.\nFormat: two to four sentences per reply, ending with a question so "
        "the conversation keeps going.\n\nStay in character, and if I ask something your character genuinely wouldn't "
        "know, just say so in character. Ready when you are.",
        "Take on the role of {persona}. I'm writing a novel and I want to interview this character: I'll ask the questions "
        "and you answer in the first person, with plenty of detail about everyday life.",
        "hey could you pretend to be {persona} for a bit? i'm trying to get better at small talk with strangers",
        "Roleplay as {persona}. I'm a slightly lost tourist: give me directions, one bit of local gossip and your best "
        "recommendation, all in your own voice.",
        "I'm building a help bot for {small_business}. Write its system prompt: the bot should act as a cheerful shop "
        "assistant, answer questions about opening hours, products and orders, stay on topic, and hand anything it can't "
        "answer over to a human.",
    ],
    "scene-dialogue": [
        "Write a comic dialogue in which {histo_pair} {farce}.",
        "Write a short stage scene between {job} {first} {surname} and the next-door neighbour, {first_f}, who are arguing "
        "about {dispute}. Keep it funny and let them make up at the end.",
        "Can you write {scene_genre}, about three minutes long, in which {histo_pair} {farce}?",
        "Write the script for a short film in which {job} {first} {surname} turns amateur detective in {town} because {mystery}.",
        "Imagine {histo_pair} bumping into each other in a coffee shop in {city} today. What would they talk about? Write it as a dialogue.",
        "Sitcom scene: {first_m} and {first_f} are flatmates bickering about {dispute}. Lots of banter, nobody is actually "
        "nasty, and it ends with them ordering a takeaway together.",
        "A heist movie, but make it a comedy: {histo_pair} {farce}. Write the opening scene.",
        "Give me a ten-line dialogue between {first} and a boss who explains hybrid working using nothing but {sport} metaphors.",
        "Write a dramatic monologue for {villain}. Menacing in a hammy, theatrical way, but nothing violent and fine for a family audience.",
        "I'm directing our community panto this year. Write the scene where {villain} reveals the master plan, the heroes "
        "foil it with a custard-pie finale, and the audience gets to shout \"He's behind you!\"",
        "Write a courtroom scene, played completely for laughs: {first} {surname} is on trial for {silly_charge}, and the "
        "only witness is a very confused pigeon fancier.",
        "Write a five-minute radio play set in {setting}. Characters: {first_f}, {first_m} and an extremely nosy parrot. "
        "Include sound-effect cues.",
        "I'm writing a cosy mystery in the vein of {mystery_author}. I need the big reveal scene: the detective, {job} "
        "{first} {surname}, gathers all the suspects in the village hall and explains who's behind it all. The mystery: "
        "{mystery}. Give each suspect at least one line and let the culprit confess for a gloriously petty reason.",
        "rom-com meet-cute between two strangers in {setting}. witty banter, about a page",
        "Write a scene for a historical drama where {histo_pair} meet for the first time. Keep it plausible for the period but give it some wit.",
        "For my drama script: two sisters who haven't spoken in ten years meet again at their dad's retirement party in "
        "{town}. Write the scene with lots of subtext and awkward small talk, no screaming match, and a small thaw at the end.",
        "Write a Western-style showdown on the main street of {town}, except the two rivals are settling their feud over "
        "{dispute} with a chilli cook-off.",
        "Write an improv-style scene for two actors using these audience suggestions: a location, \"{setting}\", and an "
        "argument about {dispute}.",
        "Write a scene on the bridge of a starship: the captain has to calm down an alien ambassador who is deeply "
        "offended because {alien_gripe}. Diplomatic comedy, about a page and a half.",
        "Write the interview-room scene from a police procedural set in {city}. The detective is questioning {first} "
        "{surname}, who insists they were at a pub quiz the night {mystery}. Keep it talky and clever; the twist is that "
        "the alibi holds up.",
        "dialogue: {histo_pair} stuck on a delayed train outside Reading. go",
    ],
    "story": [
        "Write a short story about {job} {first} {surname} from {town}, who {event}.",
        "Tell me a story set in {town}, with {job} {first} {surname} as the main character.",
        "Make up a bedtime story about {first} {surname}, the {job}, who {event}.",
        "I'm entering a short-story competition and my main character is {first} {surname}, the {job} in {town}. Could you "
        "write a first chapter to get me going?",
        "Write a {tone} story of about 500 words about {first} {surname}, {job} in {town}, who {event}.",
        "Write a funny story about my coworker {first} who {event}. It's for the card at the leaving do.",
        "Continue this story: \"{story_opening}...\"",
        "Write a story in the style of {author} about {job} {first} {surname}.",
        "I'm working on a novel set in {town}.\n\nMain character: {first} {surname}, the {job}.\nProblem: {antagonist}.\n"
        "Tone: {tone}.\n\nCould you draft chapter one, around 1,500 words, third person past tense, ending on a small "
        "cliffhanger?",
        "Flash fiction, 100 words max. Prompt: {first} {surname} {event}.",
        "Write a story for my Year 4 class (ages 8 to 9) about {first}, who {event}. Simple vocabulary and a gentle message about kindness.",
        "Can you write a feel-good Christmas story set in {town}? Snow, a lost dog, and {first} {surname}, the {job}, saving the day.",
        "Write a ghost story that isn't actually scary, set in a B&B in {town}. The ghost just wants someone to help finish its crossword.",
        "Write the opening page of a novel where {first} {surname} moves back to {town} after twenty years away and has to "
        "take over the family {family_business}.",
        "Write a story told entirely in letters between {first_f} in {town} and her pen pal {first_m} in {city}, over one year.",
        "Underdog sports story please: the worst {team} in {town} somehow makes it to the final.",
        "Write a story where the people of {town} band together against {antagonist}. They win with a petition, a bake "
        "sale and a bit of cunning.",
        "short story about a {animal} that runs a {family_business}",
        "Write a slice-of-life story about a single ordinary Tuesday for {first} {surname}, {job} in {town}. Nothing dramatic, "
        "just small moments, in a {tone} tone.",
    ],
    "lyrics-jokes": [
        "Write me a rap about {theme}.",
        "Can you write the lyrics of a love song {song_style} for my parents' anniversary? They've been married for thirty-five years.",
        "Write {poem_form} about {theme}.",
        "Tell me a joke about {joke_topic}.",
        "Write a parody of {parody_target} about {daily}.",
        "Do a gentle satire of {daily}, like a segment on a morning radio show.",
        "I need a funny rap verse for my mate {first_m}'s wedding, theme: {theme}. Keep it clean, his nan will be there.",
        "Write a song {song_style} about {theme}, with a chorus people can sing along to.",
        "Three clean jokes about {joke_topic} please, it's for a family dinner.",
        "Write a limerick about a {job} from {town}.",
        "Write a birthday poem for my {relative}, who loves {hobby}. Rhyming, a bit cheesy, four verses.",
        "Help me write a best man's speech for my brother {first_m}: a few gentle jokes about {quirk}, nothing that'll upset "
        "his new in-laws, and a heartfelt bit at the end.",
        "Give me as many puns about {pun_topic} as you can. Full dad-joke level.",
        "Write five knock-knock jokes about {joke_topic} for a primary school assembly.",
        "Turn {daily} into a sea shanty. Four verses and a chorus.",
        "Write a satirical news article, Daily Mash or Betoota Advocate style, about {daily}.",
        "haiku about {theme} pls",
        "Write a dramatic diss track from {diss_pair}. Over the top, totally clean, no swearing.",
        "Write a five-minute stand-up bit about {daily}. Observational, clean, suitable for a work do.",
        "Write a catchy radio jingle for {local_business}. Thirty seconds, something people will hum all day.",
        "Rewrite {nursery_rhyme} so it's about {daily}.",
    ],
    "game-interactive": [
        "Let's play a text adventure. I'm {adv_role} and I've just woken up {adv_place}. Describe what I can see, then wait for my move.",
        "Be the quizmaster: ask me ten questions on {quiz_topic}, one at a time, and keep score.",
        "Run a mock interview with me for a job as {job_role}: one question at a time, then feedback at the end on what I did "
        "well and what to work on.",
        "Role-play: you're {npc} and I'm a customer. Stay in character.",
        "Help me practise {lang_scene}. Keep it beginner level, and at the end of each reply correct my mistakes in English.",
        "Create a murder-mystery dinner party for eight friends, set in a 1920s country house, with a character sheet for each "
        "guest and clues to hand out between courses.",
        "Choose-your-own-adventure time: I'm {adv_role} {adv_place}. Give me three options at every step and keep track of my inventory.",
        "Let's play 20 Questions. Think of a famous person, place or thing and I'll ask yes/no questions.",
        "Be my Dungeon Master for a one-shot. Setting: {dnd_setting}. I'm playing {dnd_char}. Roll the dice for me, keep any "
        "fights PG, and describe what happens after each of my moves.",
        "Design a text-based escape room {adv_place}. Give me the puzzles one at a time and only give hints if I ask for them.",
        "let's play would you rather, family friendly ones, you go first",
        "I want to practise asking for a pay rise. You play {manager_type}, push back a bit like a real boss would, then tell me honestly how I did.",
        "Be my debate sparring partner. Motion: {motion}. You argue against and I argue for; we take turns one point at a "
        "time, and you judge at the end.",
        "Host a Who Wants to Be a Millionaire-style game on {quiz_topic}: fifteen multiple-choice questions that get harder, "
        "and I get two lifelines.",
        "hangman? you pick a word to do with {quiz_topic} and I'll guess letters",
        "Set up a whodunnit for me to solve. The mystery: {mystery}. Play every suspect when I question them, don't give the "
        "answer away, and tell me at the end if my accusation is right.",
        "I'm training for a job on a hotel front desk. Play {guest_type} and I'll try to handle it; afterwards step out of "
        "character and tell me what I could do better.",
        "We're playing a cosy fantasy campaign tonight and I need an NPC.\n\nYou are the innkeeper of the Crooked Kettle in "
        "the market town of Little Bramblewick. You know all the gossip, you sell supplies, and you've heard rumours about "
        "{villain}.\n\nStay in character when my players talk to you, keep replies short enough to read out loud, and only "
        "drop the rumour if they're polite.",
        "Run a little simulation where I manage a café in {town}. Each turn, give me a short weekly report (customers, money, "
        "problems) and three decisions to choose from.",
        "Write five cryptic crossword clues about {quiz_topic} and let me have a go before you reveal the answers.",
        "Can you be a pen pal from {city} who has just moved there? Write me a first letter and ask me a few questions, then "
        "we'll keep writing back and forth.",
    ],
    "translate-rewrite": [
        "Translate into {lang}: \u201c{phrase}\u201d",
        "Can you fix the spelling and grammar in this? '{typos}'",
        "Rewrite this message so it sounds more polite: {casual}",
        "Translate this into {lang} but keep it casual, like a text to a friend: \"{casual}\"",
        "I got this email and the characters are all weird. Can you fix the encoding and then translate it into {lang}? \"{mojibake}\"",
        "Rewrite this for {audience}: {paragraph}",
        "Summarise this message from my colleague in one line, then translate it into {lang}: \u201c{paragraph}\u201d",
        "What does this actually mean? A friend sent it and I'm lost: \"{slang}\"",
        "What does this say in English? \u201c{foreign}\u201d",
        "Make this email sound less passive-aggressive: \"{passive}\"",
        "Rewrite this complaint so it's firm but polite and actually gets taken seriously: {complaint}",
        "Rewrite \"{phrase}\" {restyle}, just for fun.",
        "Proofread this and keep it in British English: {typos}",
        "Convert this to British spelling, please: {us_text}",
        "Give me three ways to say \"{phrase}\" in {lang}, from very formal to really casual.",
        "Shorten this to a single post under 280 characters: {paragraph}",
        "translate to {lang} pls: {phrase}",
        "Turn this into a friendly announcement for the office Slack channel, one emoji max: {paragraph}",
        "Please correct my English, I am not native speaker and I am writing this to my landlord: '{esl_text}'",
        "I'm doing subtitles for a short film. Translate these two lines into {lang}, keeping each one under 40 characters:\n"
        "1) {phrase}\n2) {phrase}",
        "This text came through as garbage characters, what's it supposed to say? {mojibake}",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "Hi! ", "Hey! ", "Hiya! ", "Quick one: ", "Hello. ", "G'day! ", "Morning! ", "Okay, new task. "]

SUFFIX: Sequence[str] = [
    "", "", "", " Thanks!", " Thank you.", " Cheers!", " ty", " pls", " Thanks in advance.", " 😊", " It's for tonight.",
    " Have fun with it!", " Cheers mate.",
]
