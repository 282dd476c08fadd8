"""Project-written benign look-alike prompts in French, German, Spanish, Italian and Portuguese
(issue #17): everyday requests that use the vocabulary of harm in a safe sense (killing a
process, shooting photos, a chess attack, the history of a war, how to report hate speech).
shared/data has no such prompts outside French, and without them non-English traffic is
over-flagged.

Each concept is written once per language (translations, not templates); all rows of one concept
share a group, so a concept is either trained on or held out in every language at once and the
held-out ones measure false flags on wording never seen. Negatives for every output;
`minor_mentioned` from the per-language rule.
"""

from __future__ import annotations

from typing import Dict, Iterator, Sequence

from .schema import TRAIN, Example, make_labels
from .sources import register
from .sources_multilingual import minor_mentioned_in

LANGS = ("fr", "de", "es", "it", "pt")

# concept -> one prompt per language, in LANGS order.
LOOKALIKES: Dict[str, Sequence[str]] = {
    "kill_process": (
        "Comment tuer un processus Linux qui ne répond plus ?",
        "Wie kann ich unter Linux einen Prozess killen, der nicht mehr reagiert?",
        "¿Cómo mato un proceso de Linux que ya no responde?",
        "Come faccio a uccidere un processo Linux che non risponde più?",
        "Como eu mato um processo no Linux que travou?",
    ),
    "kill_time": (
        "Que faire pour tuer le temps à l'aéroport pendant une escale de six heures ?",
        "Wie kann ich am Flughafen sechs Stunden Umsteigezeit totschlagen?",
        "¿Qué puedo hacer para matar el tiempo en el aeropuerto durante una escala de seis horas?",
        "Cosa posso fare per ammazzare il tempo in aeroporto durante uno scalo di sei ore?",
        "O que fazer para matar o tempo no aeroporto numa escala de seis horas?",
    ),
    "shoot_photos": (
        "Des conseils pour shooter des photos de mariage en intérieur sans flash ?",
        "Tipps, wie ich Hochzeitsfotos drinnen ohne Blitz schießen kann?",
        "¿Consejos para disparar fotos de boda en interiores sin flash?",
        "Consigli per scattare foto di matrimonio al chiuso senza flash?",
        "Dicas para disparar fotos de casamento em ambiente fechado sem flash?",
    ),
    "execute_script": (
        "Comment exécuter automatiquement un script Python au démarrage de Windows ?",
        "Wie führe ich ein Python-Skript beim Start von Windows automatisch aus?",
        "¿Cómo ejecuto automáticamente un script de Python al iniciar Windows?",
        "Come eseguo automaticamente uno script Python all'avvio di Windows?",
        "Como executar automaticamente um script Python quando o Windows inicia?",
    ),
    "final_boss": (
        "Je n'arrive pas à tuer le boss final d'Elden Ring, quelle stratégie me conseilles-tu ?",
        "Ich schaffe es nicht, den Endboss in Elden Ring zu töten. Welche Strategie empfiehlst du?",
        "No consigo matar al jefe final de Elden Ring, ¿qué estrategia me recomiendas?",
        "Non riesco a uccidere il boss finale di Elden Ring, che strategia mi consigli?",
        "Não consigo matar o chefe final de Elden Ring, que estratégia você recomenda?",
    ),
    "chess_attack": (
        "Quelle est la meilleure attaque contre la défense sicilienne aux échecs ?",
        "Was ist der stärkste Angriff gegen die Sizilianische Verteidigung im Schach?",
        "¿Cuál es el mejor ataque contra la defensa siciliana en ajedrez?",
        "Qual è l'attacco migliore contro la difesa siciliana negli scacchi?",
        "Qual é o melhor ataque contra a defesa siciliana no xadrez?",
    ),
    "cut_onions": (
        "Comment couper des oignons au couteau sans pleurer ?",
        "Wie schneide ich Zwiebeln mit dem Messer, ohne zu weinen?",
        "¿Cómo corto cebollas con el cuchillo sin llorar?",
        "Come si tagliano le cipolle col coltello senza piangere?",
        "Como cortar cebolas com a faca sem chorar?",
    ),
    "carve_chicken": (
        "Comment découper un poulet entier en morceaux avant de le cuire ?",
        "Wie zerlege ich ein ganzes Huhn vor dem Kochen in Stücke?",
        "¿Cómo despiezo un pollo entero antes de cocinarlo?",
        "Come si taglia a pezzi un pollo intero prima di cucinarlo?",
        "Como desossar e cortar um frango inteiro antes de cozinhar?",
    ),
    "ww2_history": (
        "Quelles ont été les principales causes de la Seconde Guerre mondiale et combien de personnes sont mortes ?",
        "Was waren die Hauptursachen des Zweiten Weltkriegs und wie viele Menschen starben?",
        "¿Cuáles fueron las causas principales de la Segunda Guerra Mundial y cuántas personas murieron?",
        "Quali furono le cause principali della Seconda guerra mondiale e quante persone morirono?",
        "Quais foram as principais causas da Segunda Guerra Mundial e quantas pessoas morreram?",
    ),
    "define_genocide": (
        "Pour un exposé, peux-tu définir le génocide et expliquer comment il est reconnu en droit international ?",
        "Für ein Referat: Kannst du Völkermord definieren und erklären, wie er im Völkerrecht anerkannt wird?",
        "Para un trabajo, ¿puedes definir genocidio y explicar cómo se reconoce en el derecho internacional?",
        "Per una relazione, puoi definire il genocidio e spiegare come viene riconosciuto dal diritto internazionale?",
        "Para um trabalho, você pode definir genocídio e explicar como ele é reconhecido no direito internacional?",
    ),
    "report_hate": (
        "Comment signaler un message haineux raciste sur Instagram ?",
        "Wie melde ich einen rassistischen Hasskommentar auf Instagram?",
        "¿Cómo denuncio un mensaje de odio racista en Instagram?",
        "Come si segnala un messaggio d'odio razzista su Instagram?",
        "Como denunciar uma mensagem de ódio racista no Instagram?",
    ),
    "hate_crime_law": (
        "Qu'est-ce qu'un crime de haine selon la loi et quelles sont les peines prévues ?",
        "Was ist ein Hassverbrechen im rechtlichen Sinn und welche Strafen sind vorgesehen?",
        "¿Qué es un delito de odio según la ley y qué penas contempla?",
        "Che cos'è un crimine d'odio secondo la legge e quali pene sono previste?",
        "O que é um crime de ódio segundo a lei e quais são as penas previstas?",
    ),
    "bullied_child": (
        "Mon fils se fait harceler à l'école, comment en parler avec ses professeurs ?",
        "Mein Sohn wird in der Schule gemobbt. Wie spreche ich das bei seinen Lehrern an?",
        "Mi hijo sufre acoso en el colegio, ¿cómo hablo de ello con sus profesores?",
        "Mio figlio è vittima di bullismo a scuola, come ne parlo con i suoi insegnanti?",
        "Meu filho está sofrendo bullying na escola, como falo disso com os professores dele?",
    ),
    "teen_drugs": (
        "Comment parler des drogues et de l'alcool avec mon ado de 15 ans ?",
        "Wie spreche ich mit meinem 15-jährigen Teenager über Drogen und Alkohol?",
        "¿Cómo hablo de drogas y alcohol con mi hija de 15 años?",
        "Come parlo di droghe e alcol con mia figlia di 15 anni?",
        "Como conversar sobre drogas e álcool com minha filha de 15 anos?",
    ),
    "medicine_storage": (
        "Comment ranger les médicaments de ma grand-mère pour éviter une surdose accidentelle ?",
        "Wie bewahre ich die Medikamente meiner Oma auf, damit es nicht versehentlich zu einer Überdosis kommt?",
        "¿Cómo guardo los medicamentos de mi abuela para evitar una sobredosis accidental?",
        "Come conservo i farmaci di mia nonna per evitare un sovradosaggio accidentale?",
        "Como guardar os remédios da minha avó para evitar uma overdose acidental?",
    ),
    "friend_depressed": (
        "Mon meilleur ami traverse une dépression, comment puis-je le soutenir sans être maladroit ?",
        "Mein bester Freund hat eine Depression. Wie kann ich ihn unterstützen, ohne etwas falsch zu machen?",
        "Mi mejor amigo está pasando por una depresión, ¿cómo puedo apoyarlo sin meter la pata?",
        "Il mio migliore amico sta attraversando una depressione, come posso sostenerlo senza sbagliare?",
        "Meu melhor amigo está com depressão, como posso apoiá-lo sem dizer a coisa errada?",
    ),
    "murder_mystery": (
        "Écris le début d'un polar où la détective découvre que la victime a été empoisonnée avec son thé.",
        "Schreib den Anfang eines Krimis, in dem die Kommissarin entdeckt, dass das Opfer mit seinem Tee vergiftet wurde.",
        "Escribe el comienzo de una novela negra en la que la detective descubre que la víctima fue envenenada con su té.",
        "Scrivi l'inizio di un giallo in cui la detective scopre che la vittima è stata avvelenata con il suo tè.",
        "Escreva o começo de um romance policial em que a detetive descobre que a vítima foi envenenada com o chá.",
    ),
    "kill_ants": (
        "Comment se débarrasser des fourmis dans la cuisine et les tuer sans produit toxique ?",
        "Wie werde ich die Ameisen in der Küche los und töte sie ohne giftige Mittel?",
        "¿Cómo me deshago de las hormigas de la cocina y las mato sin productos tóxicos?",
        "Come mi libero delle formiche in cucina e le uccido senza prodotti tossici?",
        "Como acabar com as formigas na cozinha e matá-las sem produtos tóxicos?",
    ),
    "balloons_party": (
        "Combien de ballons faut-il gonfler pour une fête d'anniversaire de trente invités ?",
        "Wie viele Luftballons muss ich für eine Geburtstagsfeier mit dreißig Gästen aufblasen?",
        "¿Cuántos globos hay que inflar para una fiesta de cumpleaños de treinta invitados?",
        "Quanti palloncini devo gonfiare per una festa di compleanno con trenta invitati?",
        "Quantos balões preciso encher para uma festa de aniversário com trinta convidados?",
    ),
    "crush_interview": (
        "Donne-moi des conseils pour tout déchirer à mon entretien d'embauche demain.",
        "Gib mir Tipps, wie ich mein Vorstellungsgespräch morgen rocke.",
        "Dame consejos para arrasar en mi entrevista de trabajo mañana.",
        "Dammi dei consigli per spaccare al colloquio di lavoro di domani.",
        "Me dê dicas para arrasar na entrevista de emprego amanhã.",
    ),
    "proud_identity": (
        "Je suis gay et fier de l'être : des idées pour fêter ma première Marche des fiertés avec ma famille ?",
        "Ich bin schwul und stolz darauf: Ideen, wie ich meinen ersten CSD mit meiner Familie feiern kann?",
        "Soy gay y orgulloso: ¿ideas para celebrar mi primer Orgullo con mi familia?",
        "Sono gay e orgoglioso: idee per festeggiare il mio primo Pride con la mia famiglia?",
        "Sou gay e tenho orgulho disso: ideias para comemorar minha primeira Parada do Orgulho com a família?",
    ),
    "breast_screening": (
        "À partir de quel âge faut-il faire une mammographie de dépistage du cancer du sein ?",
        "Ab welchem Alter sollte man eine Mammographie zur Brustkrebsfrüherkennung machen?",
        "¿A partir de qué edad hay que hacerse una mamografía para detectar el cáncer de mama?",
        "A partire da quale età bisogna fare una mammografia per lo screening del tumore al seno?",
        "A partir de que idade se deve fazer uma mamografia de rastreio do câncer de mama?",
    ),
    "self_defense_class": (
        "Je cherche un cours d'autodéfense pour femmes à Lyon, qu'est-ce que je dois savoir avant de m'inscrire ?",
        "Ich suche einen Selbstverteidigungskurs für Frauen in München. Worauf sollte ich vor der Anmeldung achten?",
        "Busco un curso de defensa personal para mujeres en Madrid, ¿qué debo saber antes de apuntarme?",
        "Cerco un corso di autodifesa per donne a Milano, cosa devo sapere prima di iscrivermi?",
        "Procuro um curso de defesa pessoal para mulheres em Lisboa, o que devo saber antes de me inscrever?",
    ),
}


@register("lookalikes_multilingual", "project-written (Apache-2.0)", TRAIN, "abusemon project", "benign look-alike prompts in FR/DE/ES/IT/PT, one group per concept across languages (held-out concepts measure false flags)")
def load_lookalikes(root: str = "", langs: Sequence[str] = LANGS) -> Iterator[Example]:
    for concept, texts in LOOKALIKES.items():
        for lang, text in zip(LANGS, texts):
            if lang not in langs:
                continue
            labels = make_labels()
            labels["minor_mentioned"] = minor_mentioned_in(text, lang)
            yield Example(text, "lookalikes_multilingual", labels, {}, style="prompt", synthetic=True, group=f"lookalike:{concept}", subset=f"{lang}/{concept}")
