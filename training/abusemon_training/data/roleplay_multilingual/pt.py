"""Portuguese pack (Portugal and Brasil) of the benign creative and role-play prompts, written
natively."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "nome": ["Ana", "João", "Beatriz", "Rafael", "Mariana", "Tiago", "Inês", "Gustavo", "Larissa", "Rodrigo", "Conceição", "Thiago", "Leonor", "Caio", "Fernanda", "Duarte"],
    "nome_m": ["João", "Rafael", "Tiago", "Gustavo", "Rodrigo", "Thiago", "Caio", "Duarte", "Joaquim", "Henrique", "Vinícius"],
    "nome_f": ["Ana", "Beatriz", "Mariana", "Inês", "Larissa", "Conceição", "Leonor", "Fernanda", "Lúcia", "Gabriela", "Francisca"],
    "apelido": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Carvalho", "Sousa", "Gonçalves", "Ribeiro", "Barbosa", "Teixeira"],
    "vila": [
        "Óbidos", "Monsaraz", "Sintra", "Marvão", "Piódão", "Ericeira", "Tiradentes", "Paraty", "Ouro Preto", "Olinda",
        "São Luiz do Paraitinga", "Pirenópolis", "Ponte de Lima", "Tavira", "Lençóis", "Gramado",
    ],
    "pessoa": [
        "{nome_m} {apelido}, o padeiro da vila", "{nome_f} {apelido}, professora aposentada", "{nome_m} {apelido}, o filho do prefeito",
        "{nome_f} {apelido}, carteira", "{nome_m} {apelido}, motorista de ônibus", "{nome_f} {apelido}, veterinária do interior",
        "{nome_m} {apelido}, o dono do café da praça", "{nome_f} {apelido}, bibliotecária", "{nome_m} {apelido}, apicultor",
        "{nome_f} {apelido}, farmacêutica", "{nome_m} {apelido}, faroleiro", "{nome_f} {apelido}, florista",
        "{nome_m} {apelido}, instrutor de condução", "{nome_f} {apelido}, a presidente da câmara", "{nome_m} {apelido}, o peixeiro do mercado",
    ],
    "dupla_historica": [
        "Camões e Fernando Pessoa", "Machado de Assis e Eça de Queirós", "Dom Pedro I e Tiradentes", "Santos Dumont e os irmãos Wright",
        "Vasco da Gama e Pedro Álvares Cabral", "Carmen Miranda e Amália Rodrigues", "Einstein e Charlie Chaplin",
        "Cleópatra e Júlio César", "Leonardo da Vinci e Michelangelo", "Chiquinha Gonzaga e Villa-Lobos", "Marie Curie e Oswaldo Cruz",
    ],
    "farsa": [
        "tentam assaltar um banco com um plano tão absurdo que acabam abrindo uma conta poupança",
        "discutem pela última fatia de pudim", "ficam presos num elevador avariado", "disputam um torneio de sueca no café do bairro",
        "tentam montar um armário sem o manual de instruções", "apanham o comboio errado e vão parar a Entroncamento",
        "abrem juntos uma pastelaria que vai à falência numa semana", "planeiam roubar um museu e acabam virando guias turísticos",
        "descobrem os smartphones e as selfies", "discutem sobre quem tem o bigode mais elegante", "organizam um karaokê que termina em desastre",
    ],
    "briga": [
        "a sebe do quintal", "o barulho do cortador de relva ao domingo", "uma encomenda entregue na morada errada", "o último pão de queijo",
        "uma vaga de estacionamento", "a louça por lavar", "o ar-condicionado da sala", "a playlist na viagem de carro",
    ],
    "misterio": [
        "desapareceu o anão de jardim da câmara municipal", "alguém anda a comer os bolos do concurso de doces",
        "o galo da vila canta à meia-noite", "as bicicletas de aluguel mudam de lugar todas as noites",
        "o sino da igreja toca sozinho", "roubaram a receita secreta do bacalhau da dona Alzira",
    ],
    "genero": ["uma comédia", "uma farsa", "um policial leve", "uma cena de sitcom", "uma chanchada", "um sketch", "um mistério ao estilo de Agatha Christie"],
    "enredo": [
        "dois vizinhos brigam por uma vaga de estacionamento e depois descobrem que cresceram na mesma rua",
        "um carteiro perde a mala das cartas e tem de encontrar todas antes do meio-dia",
        "uma florista e um bombeiro organizam a festa do bairro", "um gato invade uma videochamada muito séria",
        "uma aposentada decide aprender a andar de skate", "um chef famoso estraga uma omelete em frente às câmaras",
    ],
    # ------------------------------------------------------------------ act-as
    "papel": [
        "um roteirista: transforma este pequeno relato numa cena de filme com diálogos e rubricas: {enredo}",
        "um guia turístico em {vila} e sugere-me um passeio de duas horas",
        "um chef e me ajuda a improvisar um jantar com o que sobrou na geladeira: ovos, alho-poró e queijo minas",
        "um professor de matemática muito paciente e explica-me as frações como se eu não soubesse nada",
        "um recrutador e faz-me uma entrevista para uma vaga de {vaga}",
        "um terminal Linux: eu escrevo comandos e você responde só com o que o terminal mostraria. Primeiro comando: ls",
        "um mestre de Dungeons & Dragons e começa uma aventura para três jogadores numa floresta encantada",
        "um sommelier e recomenda-me um vinho para acompanhar {prato}",
        "um personal trainer e monta um plano para eu voltar a correr",
        "um livreiro e recomenda três romances para ler nas férias",
        "um crítico de cinema e escreve uma crítica divertida de um filme inventado chamado «{titulo}»",
        "um professor de português para estrangeiros e corrige as minhas frases à medida que escrevo",
        "um barman e inventa um cocktail sem álcool com as cores do outono",
        "um corretor de imóveis empolgado e descreve o meu estúdio de 25 metros quadrados como se fosse um palácio",
        "um narrador esportivo e narra a pelada da firma de quinta-feira como se fosse a final da Copa",
        "um jardineiro e diz-me o que posso plantar em abril na varanda",
        "um historiador e conta como era um dia comum em Lisboa em 1900",
    ],
    "vaga": ["contabilista", "desenvolvedora web", "garçom", "gestora de projetos", "enfermeiro", "atendente de padaria", "assistente de direção"],
    "prato": ["uma feijoada", "um bacalhau à Brás", "uma moqueca baiana", "um cozido à portuguesa", "um churrasco", "uma tábua de queijos"],
    "titulo": ["O Regresso do Pastel de Nata", "O Meu Vizinho Dinossauro", "Pânico na Lavandaria", "O Mistério do Guarda-Chuva Verde", "Férias com a Tia Nazaré"],
    # ------------------------------------------------------------------ stories
    "acontecimento": [
        "ganha sem querer um concurso de sopas", "larga tudo para abrir uma livraria", "encontra uma carta esquecida dentro de um livro velho",
        "tem de organizar a feira de Natal numa semana", "adota um cachorro que só faz o que quer",
        "perde o último ônibus e vive a noite mais estranha da sua vida", "se inscreve num concurso de canto",
        "aprende a nadar aos cinquenta anos", "herda uma bicicleta velha e dá a volta à região", "começa a fazer compotas caseiras",
        "tem de substituir à última hora o apresentador da festa junina",
    ],
    "tom": ["terno", "bem-humorado", "nostálgico", "um pouco absurdo", "leve e otimista", "poético"],
    "autor": ["Machado de Assis", "Eça de Queirós", "Clarice Lispector", "José Saramago", "Jorge Amado", "Sophia de Mello Breyner", "Monteiro Lobato", "Mia Couto"],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "tema": [
        "o amor à distância", "um término tranquilo", "o metrô na hora do rush", "a vitória do meu time",
        "uma amizade de vinte anos", "as segundas-feiras de manhã", "a minha cidade natal", "as férias na praia", "a vida numa república de estudantes",
        "o primeiro café do dia", "um primeiro encontro que correu mal", "a chuva no Porto", "a chegada da primavera",
    ],
    "estilo_musical": ["em estilo bossa nova", "tipo sertanejo", "em estilo fado", "em estilo pop dos anos 80", "tipo forró", "em estilo samba"],
    "forma": ["um soneto", "um haicai", "um poema em redondilha maior", "um cordel", "um poema curto em verso livre", "um acróstico com o nome {nome}", "uma quadra popular"],
    "piada_tema": [
        "informáticos", "segundas-feiras", "reuniões que podiam ser um e-mail", "gatos", "o tempo em Lisboa",
        "queijo", "o Wi-Fi do escritório", "professores de matemática", "encanadores", "GPS",
    ],
    "parodia_alvo": ["uma canção de Natal", "uma fábula", "a previsão do tempo", "um anúncio de perfume", "um discurso do Oscar", "um documentário sobre animais"],
    "cotidiano": [
        "a reunião de condomínio", "o trânsito na marginal", "a fila dos Correios", "a volta das férias",
        "a máquina de café avariada no escritório", "as compras de sábado", "o grupo de WhatsApp da família", "as obras no apartamento de cima",
    ],
    # ------------------------------------------------------------------ games
    "papel_aventura": ["um explorador", "uma arqueóloga", "um astronauta", "uma detetive particular", "um cavaleiro", "uma capitã de navio"],
    "lugar_aventura": [
        "numa biblioteca abandonada", "numa ilha deserta", "numa nave espacial avariada", "num castelo em Trás-os-Montes",
        "numa mina antiga em Minas Gerais", "num comboio noturno para Madrid", "num refúgio de montanha no meio do nevoeiro",
    ],
    "tema_quiz": [
        "geografia da Europa", "novelas brasileiras", "história de Portugal", "futebol", "culinária nordestina",
        "capitais do mundo", "música dos anos 90", "animais da floresta", "os Açores",
    ],
    "npc": [
        "um dono de tasca muito falador", "uma vendedora de queijos na feira", "um taxista carioca", "uma guia de museu",
        "um funcionário da alfândega muito rigoroso mas simpático", "um sorveteiro", "uma rececionista de hotel no Porto",
    ],
    "lingua_pratica": ["inglês", "francês", "alemão", "italiano", "espanhol"],
    # ------------------------------------------------------------------ translation, rewriting
    "lingua": ["inglês", "francês", "alemão", "italiano", "espanhol", "neerlandês"],
    "frase": [
        "O comboio para Coimbra está vinte minutos atrasado", "Pode dizer-me onde fica a farmácia mais próxima?",
        "Obrigado pelo jantar, estava tudo uma delícia", "Queria reservar uma mesa para quatro no sábado à noite",
        "A reunião passou para quinta-feira", "Feliz aniversário, meu velho!", "Perdi as chaves em algum lugar do parque",
    ],
    "informal": [
        "Mano, bora no cinema hoje? Tô duro, mas beleza", "Que preguiça dessa reunião, é muito chata, véi",
        "Pá, aquele restaurante era brutal, comemos que nem uns alarves", "Relaxa, amanhã te passo o livro, é muito massa",
        "O teu bolo estava top, a sério", "O chefe me encheu o saco o dia todo com a planilha dele",
        "Tá um frio do caramba lá fora, leva o casaco", "Bué da fixe a festa de ontem, meu!",
    ],
    "erros": [
        "Ontem fui na feira e comprei maçãs que estavão muito boas", "Fazem muitos anos que eu queria te escrever",
        "Recebemos o seu pedido e agradecemos-lhe a confiança, qualquer duvida estamos a disposição",
        "Se eu saberia, tinha vindo mais cedo", "Os convidados chegaram atrazados por causa do trânsito, mas não houve problema",
    ],
    "mojibake": [
        "OlÃ¡, queria reservar um quarto para duas noites a partir de 12 de agosto.",
        "Obrigado pela resposta rÃ¡pida, a entrega estÃ¡ prevista para sexta-feira.",
        "O cafÃ© estÃ¡ fechado Ã s segundas, pedimos desculpa pelo incÃ³modo.",
        "O Natal estÃ¡ a chegar: encomendem o bolo-rei com antecedÃªncia!",
        "A reuniÃ£o da equipa Ã© Ã s 14 h na sala pequena.",
    ],
    "paragrafo": [
        "A equipa terminou o projeto com dois dias de antecedência graças a uma boa organização.",
        "A biblioteca municipal vai estar fechada para obras de 3 a 17 de junho.",
        "No sábado, 21 de junho, fazemos a festa do bairro: cada um traz um prato para partilhar.",
        "O novo programa de contabilidade será instalado na segunda; por favor, guardem os vossos ficheiros até sexta.",
        "A minha avó cultiva tomates de variedades antigas na horta dela há quarenta anos.",
    ],
    "publico": ["iniciantes", "profissionais", "turistas", "leigos", "idosos"],
}

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Age como {papel}.",
        "Quero que ajas como {papel}.",
        "Finge que és {papel}.",
        "Imagina que és {papel}.",
        "A partir de agora és {papel}.",
        "Vamos fazer um jogo de papéis: tu és {papel}.",
        "Para a minha oficina de escrita, faz de {papel}.",
    ],
    "scene-dialogue": [
        "Escreve um diálogo cómico em que {dupla_historica} {farsa}.",
        "Escreva uma cena de teatro entre {pessoa}, e a vizinha {nome_f}, que discutem por causa d{briga}.",
        "Podes escrever-me {genero} de três minutos? A ideia: {dupla_historica} {farsa}.",
        "Escreve o roteiro de uma curta-metragem: {pessoa}, investiga em {vila} porque {misterio}.",
        "Imagina a conversa entre {dupla_historica} se eles se encontrassem hoje num café de {vila}.",
        "Escreve uma cena de sitcom: {nome} e {nome} dividem apartamento e discutem por causa d{briga}, mas no fim fazem as pazes.",
        "Um filme de assalto em versão comédia: {dupla_historica} {farsa}. Escreve a cena de abertura.",
        "Faz um diálogo de dez falas entre {nome} e o chefe, que explica o home office com metáforas de cozinha.",
    ],
    "story": [
        "Escreve um conto curto sobre {pessoa}, em {vila}, que {acontecimento}.",
        "Conta-me uma história passada em {vila} com {pessoa}, como protagonista.",
        "Inventa uma história para dormir sobre {pessoa}, que {acontecimento}.",
        "Estou a escrever um conto para um concurso e o protagonista é {pessoa}. Você escreve o primeiro capítulo?",
        "Escreva um conto de 500 palavras, num tom {tom}, sobre {pessoa}, que {acontecimento}.",
        "Escreve uma história engraçada sobre o meu colega {nome_m}, que {acontecimento}, para a festa de despedida dele.",
        "Continua esta história: «{nome} abriu a padaria às seis, como todas as manhãs, mas naquele dia…»",
        "Escreve uma história à maneira de {autor} sobre {pessoa}.",
    ],
    "lyrics-jokes": [
        "Escreve-me um rap sobre {tema}.",
        "Você pode escrever a letra de uma canção de amor {estilo_musical} para as bodas dos meus pais?",
        "Escreve {forma} sobre {tema}.",
        "Conta-me uma piada sobre {piada_tema}.",
        "Faz uma paródia d{parodia_alvo} sobre {cotidiano}.",
        "Escreve uma sátira bem-disposta sobre {cotidiano}, como uma crónica de rádio da manhã.",
        "Preciso de uma estrofe de rap engraçada para o casamento do meu amigo {nome_m}, sobre {tema}.",
        "Escreve uma canção {estilo_musical} sobre {tema}, com um refrão chiclete.",
        "Três piadas inocentes sobre {piada_tema}, são para um almoço de família.",
    ],
    "game-interactive": [
        "Vamos jogar uma aventura de texto: sou {papel_aventura} e acordo {lugar_aventura}. Descreve o que vejo.",
        "Sê o apresentador de um quiz: faz-me dez perguntas sobre {tema_quiz}, uma de cada vez, e conta os pontos.",
        "Faz comigo uma simulação de entrevista de emprego para uma vaga de {vaga}: uma pergunta de cada vez e a tua opinião no fim.",
        "Jogo de papéis: você é {npc} e eu sou um cliente. Não saia da personagem.",
        "Podes ser o meu parceiro de conversa em {lingua_pratica}? Faz de {npc} e corrige os meus erros.",
        "Cria um jantar de mistério para oito amigos numa mansão dos anos 20, com uma ficha para cada personagem.",
        "Faz um livro-jogo: sou {papel_aventura} {lugar_aventura}, e em cada passo dá-me três opções.",
        "Vamos jogar «Quem sou eu?»: pensa numa pessoa famosa e eu faço perguntas de sim ou não.",
    ],
    "translate-rewrite": [
        "Traduz para {lingua}: «{frase}»",
        "Você pode corrigir os erros deste texto? «{erros}»",
        "Reescreve esta mensagem de forma mais educada: «{informal}»",
        "Traduz esta mensagem para {lingua} mantendo o tom informal: «{informal}»",
        "Recebi este texto com uns caracteres estranhos, podes pô-lo em português correto e traduzi-lo para {lingua}? «{mojibake}»",
        "Reformula este parágrafo para {publico}: «{paragrafo}»",
        "Resume e traduz para {lingua} esta mensagem da minha colega: «{paragrafo}»",
        "O que significa isto em português padrão? «{informal}»",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "Olá! ", "Oi! ", "Bom dia. ", "Uma coisa: ", "Ei! ", "Boa tarde. "]

SUFFIX: Sequence[str] = ["", "", "", " Obrigado!", " Obrigada!", " por favor", " Desde já obrigado.", " 😄", " É para hoje à noite.", " Valeu!"]
