"""Fourth batch of project-written examples: contrast pairs.

Measured from outside, the 1.2 model flagged safe prompts that use sensitive words ("kill time",
"kill a process", games, fiction, history, definitions), non-hateful text that names identity
groups, and counter-speech that quotes hate to condemn it. This batch writes the same
vocabulary in benign use beside its harmful use, so the model learns the act rather than the
word:

- counter-speech, negated and quoted-to-condemn stereotypes, neutral and positive (also
  first-person and reclaimed) identity statements: negatives for every output;
- sensitive words in safe senses (computing, games, sport, cooking, fiction, history,
  definitions, questions about discrimination): negatives;
- completions: refusals and safe answers to harmful requests are negatives; answers that carry
  out the harm are positives;
- direct threats against a person: violence (Azure's taxonomy counts threats as violence) as
  well as harassment.

Training-only (`python -m abusemon_training.train --extra-contrast N`), generated after the
splits were frozen and never added to validation or test; rows whose duplicate key matches a
validation or test text are dropped. No sexual text that mentions a minor is ever emitted.
"""

from __future__ import annotations

import random
from typing import Dict, Iterable, List, Sequence

from .schema import Example
from .synthetic import Spec
from .synthetic_extra import drop_held_out, filler, generate_specs
from .synthetic_requests import V as V3

V: Dict[str, Sequence[str]] = dict(V3)
V.update({
    "condemn": ["That's a racist lie", "That is just bigotry", "That's a hateful stereotype", "That's disgusting and untrue", "Nobody should talk like that", "That kind of talk gets people hurt", "That's dehumanising and wrong"],
    "reported": ["Someone in our group chat wrote", "My uncle said at dinner that", "A guy at work keeps saying", "I saw a post claiming", "A commenter on my video wrote", "My classmate told everyone that"],
    "ask_respond": ["How do I respond without making it worse?", "How should I push back?", "What's a calm way to answer that?", "How do I report it?", "What facts can I share to counter it?"],
    "pos_trait": ["kind", "hard-working", "brilliant", "funny", "generous", "talented", "welcoming", "resilient", "thoughtful", "creative"],
    "contribution": ["science", "music", "medicine", "literature", "our city's food scene", "the civil rights movement", "mathematics", "local politics", "the arts"],
    "self_identity": ["a proud gay man", "a Black woman", "a Muslim", "Jewish", "trans", "an immigrant", "disabled", "a lesbian", "Mexican American", "autistic", "bisexual", "a Sikh", "queer", "Roma", "deaf"],
    "life_event": ["my first Pride", "Ramadan with my family", "Hanukkah this year", "my citizenship ceremony", "coming out to my parents", "starting at a new school", "my wedding", "my first job interview"],
    "game": ["Elden Ring", "Minecraft", "Call of Duty", "Dark Souls", "Skyrim", "Fortnite", "chess", "Counter-Strike", "Hitman", "Assassin's Creed", "Zelda"],
    "game_act": ["kill the final boss", "assassinate the target without being seen", "beat the dragon", "headshot enemies more reliably", "survive the first night", "destroy the enemy base", "take down the sniper", "win a knife fight"],
    "tech_act": ["kill a process that won't stop", "kill all child processes", "execute a shell script on startup", "terminate a hung thread", "nuke my node_modules folder", "force-kill a Docker container", "abort a git rebase", "shoot a request at the API", "attack this algorithm problem", "murder this memory leak"],
    "figurative": ["kill time at the airport", "make a killing in the stock market", "knock 'em dead at my interview", "crush my presentation tomorrow", "beat the traffic to work", "smash my fitness goals", "attack a steep hill on my bike", "slay my exams", "blow away the judges at the talent show", "get my sourdough to explode with flavour"],
    "cook_act": ["butcher a whole chicken", "kill a lobster humanely before cooking", "beat egg whites to stiff peaks", "slaughter and dress a deer I hunted legally", "carve a turkey", "cut an onion without crying", "stab a potato so it doesn't explode in the microwave"],
    "define": ["genocide", "ethnic cleansing", "hate speech", "a pogrom", "terrorism", "the word 'slur'", "self-harm", "grooming, in the child-protection sense", "domestic violence", "a hate crime", "antisemitism", "Islamophobia", "white supremacy"],
    "history_q": ["What caused {topic}?", "How many people died during {topic}?", "Why did {topic} happen and what did the world learn from it?", "What weapons were used in {topic}?", "How do historians study the violence of {topic}?"],
    "fiction_act": ["a murder mystery where the detective finds the killer through a poisoned teacup", "a war novel scene where a soldier is wounded", "a thriller where the villain threatens the city", "a horror story about a haunted hospital", "a crime drama where the police investigate a stabbing", "a fantasy battle between two armies"],
    "harm_req": ["how to poison someone", "how to build a pipe bomb", "jokes that demean {grp}", "ways to hurt myself", "explicit sexual content", "how to stalk my ex", "instructions to hurt an animal", "a speech saying {grp} {stereo_claim}", "how to make a gun untraceable"],
    "help_alt": ["I'd be glad to help with something else", "If you want, I can share information on staying safe instead", "I can help you find support resources", "I can explain the history and harm of such stereotypes instead", "I can suggest ways to resolve the conflict peacefully"],
    "crisis": ["please reach out to a crisis line or someone you trust right now", "you don't have to go through this alone, and talking to a counsellor can help", "please contact your local emergency number if you are in danger", "a doctor or therapist can help you get through this"],
    "violent_step": ["wait until he is alone in the parking lot, then hit him from behind with {weapon}", "mix the poison into {poison_what} so nobody tastes it", "aim for the neck with {weapon} so he can't fight back", "tie them up first so they can't call for help", "strike the knees with {weapon} so they go down and stay down"],
    "sh_step": ["take the whole bottle of {med} at once so it works", "cut deeper along the vein so it bleeds faster", "stop eating completely and hide it by throwing food away", "wait until everyone is asleep so nobody stops you"],
    "throat_act": ["cut your throat", "slit your throat", "put a bullet in your head", "break your neck", "bury you in the woods", "gut you like a fish", "beat you to death", "set you on fire", "stab you in your sleep", "make sure you never wake up"],
    "when": ["tonight", "tomorrow after school", "when you least expect it", "next time I see you", "this weekend", "before the week is out", "as soon as you step outside"],
})


fill = filler(V, passes=3)  # slots inside vocabulary entries ({grp} in harm_req, {topic} in history_q)


# Template ids carry a "c-" prefix so they never collide with the other batches.
SPECS: List[Spec] = [
    # ------------------------------------------------------------ identity: not hate
    ("c-neg/counter-speech", {}, {}, "social", [
        "{reported} {grp} {stereo_claim}. {condemn}.",
        "{reported} {grp} are {stereo}. {ask_respond}",
        "Stop spreading the lie that {grp} {stereo_claim}. It isn't true and it hurts real people.",
        "People who say {grp} are {stereo} have never actually met any. {condemn}.",
        "\"{grp} {stereo_claim}\" - this is exactly the kind of hate our community will not tolerate.",
        "I'm tired of hearing that {grp} are {stereo}. My {grp_adj} neighbours are the kindest people I know.",
        "Reminder: claiming {grp} {stereo_claim} is textbook propaganda. Don't share it.",
    ]),
    ("c-neg/negated", {}, {}, "statement", [
        "{grp} are not {stereo}.",
        "I don't believe {grp} {stereo_claim}, and the evidence says otherwise.",
        "It is wrong to say that {grp} are {stereo}.",
        "No, {grp} are not {stereo}. That's a myth.",
        "Is it true that {grp} {stereo_claim}? I heard it somewhere and it sounds like a stereotype.",
        "Why do people wrongly believe {grp} are {stereo}?",
    ]),
    ("c-neg/identity-positive", {}, {}, "statement", [
        "I'm {self_identity} and I just celebrated {life_event}.",
        "As {self_identity}, I'd love book recommendations by authors like me.",
        "{grp} have contributed so much to {contribution}.",
        "My {grp_adj} coworker is the most {pos_trait} person on our team.",
        "Being {self_identity} is part of who I am, and I'm proud of it.",
        "We're queer, we're here, and we're planning the best Pride picnic yet!",
        "Write a short toast for my {grp_adj} friend's wedding. She is {pos_trait} and {pos_trait}.",
        "What are some good ways to celebrate {life_event}?",
    ]),
    # ------------------------------------------------------------ sensitive words, safe senses
    ("c-neg/safe-senses", {}, {}, "prompt", [
        "How do I {tech_act}?",
        "What's the best way to {figurative}?",
        "In {game}, how do I {game_act}?",
        "How do I {cook_act}?",
        "Any tips to {figurative}?",
        "Quick one: how do I {tech_act} on Linux?",
        "I keep dying in {game}. How do I {game_act}?",
    ]),
    ("c-neg/history-definitions-fiction", {}, {}, "prompt", [
        "What is the definition of {define}?",
        "Explain what {define} means and why it matters.",
        "{history_q}",
        "Write {fiction_act}.",
        "For my literature class: how does the author portray violence in {fiction_act}?",
        "Why is discrimination against {grp} harmful?",
        "What laws exist against {define}?",
    ]),
    # ------------------------------------------------------------ completions
    ("c-neg/refusal", {}, {}, "completion", [
        "I can't help with {harm_req}. {help_alt}.",
        "I'm sorry, but I won't provide {harm_req}. {help_alt}.",
        "I can't do that. Requests for {harm_req} can cause real harm. {help_alt}.",
        "I'm really sorry you're feeling this way. I can't give you that information, but {crisis}.",
        "I won't write that: stereotypes claiming {grp} {stereo_claim} are false and harmful. {help_alt}.",
        "That sounds really hard. It's okay to ask for help: {crisis}.",
    ]),
    ("c-violence/harmful-answer", {"violence": 1}, {"violence": 3}, "completion", [
        "Sure. First, {violent_step}.",
        "Here's how: {violent_step}. Then leave through the back.",
        "The most effective way is to {violent_step}.",
    ]),
    ("c-self_harm/harmful-answer", {"self_harm": 1}, {"self_harm": 3}, "completion", [
        "If you really want to do it, {sh_step}.",
        "Okay. The best way is to {sh_step}.",
        "Here's what works: {sh_step}.",
    ]),
    # ------------------------------------------------------------ threats are violence
    ("c-violence/direct-threat", {"violence": 1, "harassment": 1}, {"violence": 3, "harassment": 3}, "social", [
        "I will find you {when} and {throat_act}.",
        "I know where you live. I'm going to {throat_act} {when}.",
        "Watch your back, {name}. I'll {throat_act} {when}.",
        "You're dead {when}. I swear I'll {throat_act}.",
        "Keep talking and I will {throat_act}.",
    ]),
]


def generate(seed: int = 1234, per_template: int = 60) -> List[Example]:
    """Deterministic for a given seed and per_template."""
    return generate_specs(SPECS, fill, random.Random(f"contrast:{seed}"), per_template)


def training_supplement(seed: int, per_template: int, held_out: Iterable[Example]) -> List[Example]:
    """The supplement minus any row whose duplicate key occurs in the held-out splits."""
    return drop_held_out(generate(seed, per_template), held_out)
