"""Spanish pack (España, México, Argentina, Colombia) of the benign creative and role-play
prompts, written natively."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "nombre": ["Lucía", "Javier", "Marta", "Diego", "Carmen", "Álvaro", "Valentina", "Sergio", "Rocío", "Andrés", "Ximena", "Íñigo", "Paula", "Mateo", "Guadalupe", "Joaquín"],
    "nombre_m": ["Javier", "Diego", "Álvaro", "Sergio", "Andrés", "Íñigo", "Mateo", "Joaquín", "Ramón", "Emiliano", "Pablo"],
    "nombre_f": ["Lucía", "Marta", "Carmen", "Valentina", "Rocío", "Ximena", "Paula", "Guadalupe", "Begoña", "Camila", "Nerea"],
    "apellido": ["García", "Fernández", "López", "Martínez", "Sánchez", "Gómez", "Ruiz", "Jiménez", "Ortega", "Castillo", "Navarro", "Herrera", "Vargas", "Morales"],
    "pueblo": [
        "Cudillero", "Albarracín", "Frigiliana", "Cadaqués", "Ronda", "Comillas", "San Cristóbal de las Casas", "Taxco", "Villa de Leyva",
        "Tilcara", "Colonia del Sacramento", "Olite", "Peñíscola", "Guatapé", "Combarro", "Hondarribia",
    ],
    "persona": [
        "{nombre_m} {apellido}, el panadero del pueblo", "{nombre_f} {apellido}, maestra jubilada", "{nombre_m} {apellido}, el hijo del alcalde",
        "{nombre_f} {apellido}, cartera", "{nombre_m} {apellido}, conductor de autobús", "{nombre_f} {apellido}, veterinaria rural",
        "{nombre_m} {apellido}, el dueño del bar de la plaza", "{nombre_f} {apellido}, bibliotecaria", "{nombre_m} {apellido}, apicultor",
        "{nombre_f} {apellido}, farmacéutica", "{nombre_m} {apellido}, farero", "{nombre_f} {apellido}, florista",
        "{nombre_m} {apellido}, profesor de autoescuela", "{nombre_f} {apellido}, la alcaldesa", "{nombre_m} {apellido}, el pescadero del mercado",
    ],
    "pareja_hist": [
        "Cervantes y Shakespeare", "Frida Kahlo y Diego Rivera", "Cristóbal Colón y Magallanes", "Goya y Velázquez",
        "Simón Bolívar y San Martín", "Picasso y Dalí", "Isabel la Católica y Cleopatra", "Einstein y Charles Chaplin",
        "Sor Juana Inés de la Cruz y Lope de Vega", "Gabriel García Márquez y Julio Cortázar", "Don Quijote y Sancho Panza",
    ],
    "farsa": [
        "intentan atracar un banco con un plan tan absurdo que acaban abriendo una cuenta de ahorros",
        "se pelean por el último trozo de tortilla", "se quedan atrapados en un ascensor averiado",
        "compiten en un torneo de petanca del barrio", "intentan montar un armario sin las instrucciones",
        "se equivocan de tren y terminan en Albacete", "abren juntos un puesto de churros que quiebra en una semana",
        "planean robar en un museo y acaban haciendo de guías turísticos", "descubren los móviles y los selfis",
        "discuten sobre quién tiene el bigote más elegante", "organizan un karaoke que termina en desastre",
    ],
    "disputa": [
        "el seto del jardín", "el ruido del cortacésped el domingo", "un paquete entregado en la dirección equivocada",
        "el último cruasán", "una plaza de garaje", "los platos sin fregar", "el aire acondicionado del salón",
        "la música en el viaje en coche",
    ],
    "misterio": [
        "ha desaparecido el gnomo de jardín del ayuntamiento", "alguien se come las tartas del concurso de repostería",
        "el gallo del pueblo canta a medianoche", "las bicis de alquiler cambian de sitio cada noche",
        "la campana de la iglesia suena sola", "han robado la receta secreta de la paella de la abuela Encarna",
    ],
    "genero": ["una comedia", "una farsa", "un policíaco ligero", "una escena de sitcom", "un sainete", "un sketch", "un misterio al estilo de Agatha Christie"],
    "relato": [
        "dos vecinos se pelean por una plaza de aparcamiento y luego descubren que crecieron en la misma calle",
        "un cartero pierde su cartera de reparto y tiene que encontrar todas las cartas antes del mediodía",
        "una florista y un bombero organizan las fiestas del barrio", "un gato se cuela en una videollamada muy seria",
        "una jubilada decide aprender a patinar", "un chef con estrella arruina una tortilla delante de las cámaras",
    ],
    # ------------------------------------------------------------------ act-as
    "rol": [
        "un guionista: convierte este relato en una escena de película con diálogos y acotaciones: {relato}",
        "un guía turístico en {pueblo} y propónme un paseo de dos horas",
        "un chef y ayúdame a improvisar una cena con lo que queda en la nevera: huevos, puerros y queso manchego",
        "un profesor de matemáticas con mucha paciencia y explícame las fracciones como si no supiera nada",
        "un reclutador y hazme una entrevista para un puesto de {puesto}",
        "una terminal de Linux: yo escribo comandos y tú solo respondes con lo que mostraría la terminal. Primer comando: ls",
        "un máster de Dragones y Mazmorras y empieza una aventura para tres jugadores en un bosque encantado",
        "un sumiller y recomiéndame un vino para acompañar {plato}",
        "un entrenador personal y prepárame un plan para volver a correr",
        "un librero y recomiéndame tres novelas para el verano",
        "un crítico de cine y escribe una reseña divertida de una película inventada que se llama «{titulo}»",
        "un profesor de español para extranjeros y corrígeme las frases sobre la marcha",
        "un bartender y inventa un cóctel sin alcohol con colores de otoño",
        "un agente inmobiliario entusiasta y describe mi estudio de 25 metros como si fuera un palacio",
        "un narrador deportivo y cuenta el partido de fútbol de la oficina del jueves como si fuera la final del Mundial",
        "un jardinero y dime qué puedo plantar en abril en mi balcón",
        "un historiador y cuéntame cómo era un día normal en Sevilla en 1900",
    ],
    "puesto": ["contable", "desarrolladora web", "camarero", "jefa de proyecto", "enfermero", "dependienta de panadería", "asistente de dirección"],
    "plato": ["una fabada", "un cochinillo asado", "unos tacos al pastor", "un asado argentino", "una paella de marisco", "una tabla de quesos"],
    "titulo": ["El regreso del churro", "Mi vecino el dinosaurio", "Pánico en la lavandería", "El misterio del paraguas verde", "Vacaciones con la tía Puri"],
    # ------------------------------------------------------------------ stories
    "suceso": [
        "gana por casualidad un concurso de sopas", "lo deja todo para abrir una librería", "encuentra una carta olvidada dentro de un libro viejo",
        "tiene que organizar el mercadillo navideño en una semana", "adopta un perro que hace lo que le da la gana",
        "pierde el último autobús y vive la noche más rara de su vida", "se apunta a un concurso de canto",
        "aprende a nadar a los cincuenta", "hereda una bici vieja y recorre toda la comarca", "empieza a hacer mermeladas caseras",
        "tiene que sustituir de repente al presentador de las fiestas del pueblo",
    ],
    "tono": ["tierno", "humorístico", "nostálgico", "un poco absurdo", "optimista", "poético"],
    "autor": ["Gabriel García Márquez", "Cervantes", "Carmen Martín Gaite", "Julio Cortázar", "Isabel Allende", "Eduardo Mendoza", "Juan Rulfo", "Gloria Fuertes"],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "tema": [
        "el amor a distancia", "una ruptura tranquila", "el metro en hora punta", "la victoria de mi equipo de fútbol",
        "una amistad de veinte años", "los lunes por la mañana", "mi ciudad natal", "las vacaciones en la playa", "vivir en un piso compartido",
        "el primer café del día", "una primera cita desastrosa", "la lluvia en Bilbao", "la llegada de la primavera",
    ],
    "estilo_musical": ["estilo bolero", "estilo balada", "estilo cumbia", "tipo ranchera", "estilo pop de los 80", "en plan rumba"],
    "forma": ["un soneto", "un haiku", "un poema en octosílabos", "un romance", "un poema corto en verso libre", "un acróstico con el nombre {nombre}", "unas coplas"],
    "chiste_tema": [
        "informáticos", "los lunes", "reuniones que podrían haber sido un correo", "gatos", "el tiempo en Galicia",
        "el queso", "el wifi de la oficina", "profesores de matemáticas", "fontaneros", "el GPS",
    ],
    "parodia_obj": ["un villancico", "una fábula", "el parte meteorológico", "un anuncio de perfume", "un discurso de los Goya", "un documental de animales"],
    "cotidiano": [
        "la reunión de la comunidad de vecinos", "los atascos de la M-30", "la cola en Correos", "la vuelta de vacaciones",
        "la cafetera de la oficina que no funciona", "la compra del sábado", "el grupo de WhatsApp de la familia", "las obras del piso de arriba",
    ],
    # ------------------------------------------------------------------ games
    "rol_aventura": ["un explorador", "una arqueóloga", "un astronauta", "una detective privada", "un caballero", "una capitana de barco"],
    "lugar_aventura": [
        "en una biblioteca abandonada", "en una isla desierta", "en una nave espacial averiada", "en un castillo de Castilla",
        "en una mina abandonada de Asturias", "en un tren nocturno a Lisboa", "en un refugio de montaña en medio de la niebla",
    ],
    "tema_quiz": [
        "geografía de Europa", "las películas de Almodóvar", "historia de España", "fútbol", "la cocina mexicana",
        "capitales del mundo", "la música de los 90", "animales del bosque", "Latinoamérica",
    ],
    "pnj": [
        "un posadero muy hablador", "una vendedora de quesos en el mercado", "un taxista de Buenos Aires", "una guía de museo",
        "un aduanero muy quisquilloso pero amable", "un heladero", "una recepcionista de hotel en Cartagena de Indias",
    ],
    "idioma_practica": ["inglés", "francés", "alemán", "italiano", "portugués"],
    # ------------------------------------------------------------------ translation, rewriting
    "idioma": ["inglés", "francés", "alemán", "italiano", "portugués", "catalán"],
    "frase": [
        "El tren a Zaragoza lleva veinte minutos de retraso", "¿Me puede decir dónde está la farmacia más cercana?",
        "Gracias por la comida, estaba todo buenísimo", "Quisiera reservar una mesa para cuatro el sábado por la noche",
        "La reunión se pasa al jueves", "¡Feliz cumpleaños, tía!", "He perdido las llaves en algún sitio del parque",
    ],
    "coloquial": [
        "Tío, ¿te apetece ir al cine esta noche? Voy pelado de pasta, pero bueno",
        "Qué pereza la reunión, es un rollo que flipas", "Güey, ese restaurante estuvo bien chido, nos pusimos hasta arriba",
        "Tranqui, mañana te paso el libro, está guapísimo", "Che, tu torta estaba buenísima, posta",
        "El jefe me ha dado la chapa todo el día con su Excel", "Hace un frío que pela, llévate el plumas",
        "Parce, ese partido estuvo muy bacano",
    ],
    "faltas": [
        "Ayer fui al mercado y compre manzanas que estavan muy buenas", "Hace mucho tiempo que queria escrivirle",
        "Hemos recivido su pedido y le agradecemos la confiansa", "Si lo hubiera sabido, habría venido antes pero haber si nos vemos",
        "Los invitados llegaron tarde por culpa del trafico, pero no paso nada",
    ],
    "mojibake": [
        "Hola, quisiera reservar una habitaciÃ³n para dos noches a partir del 12 de agosto.",
        "Gracias por su respuesta rÃ¡pida, el envÃ­o llegarÃ¡ el viernes.",
        "La cafeterÃ­a cierra los lunes, disculpen las molestias.",
        "Â¡Ya llega la Navidad! No olviden encargar su roscÃ³n con antelaciÃ³n.",
        "La reuniÃ³n del equipo serÃ¡ a las 14 h en la sala pequeÃ±a.",
    ],
    "parrafo": [
        "El equipo terminó el proyecto con dos días de antelación gracias a una buena organización.",
        "La biblioteca municipal estará cerrada por obras del 3 al 17 de junio.",
        "El sábado 21 de junio celebramos la fiesta del barrio: cada uno trae un plato para compartir.",
        "El nuevo programa de contabilidad se instala el lunes; por favor, guarden sus archivos antes del viernes.",
        "Mi abuela cultiva tomates de variedades antiguas en su huerto desde hace cuarenta años.",
    ],
    "publico": ["principiantes", "profesionales", "turistas", "gente sin conocimientos técnicos", "personas mayores"],
}

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Actúa como {rol}.",
        "Quiero que actúes como {rol}.",
        "Haz como si fueras {rol}.",
        "Imagina que eres {rol}.",
        "A partir de ahora eres {rol}.",
        "Vamos a hacer un juego de rol: tú eres {rol}.",
        "Para mi taller de escritura, tú serás {rol}.",
    ],
    "scene-dialogue": [
        "Escribe un diálogo cómico en el que {pareja_hist} {farsa}.",
        "Escribe una escena de teatro entre {persona}, y su vecina {nombre_f}, que discuten por {disputa}.",
        "¿Me escribes {genero} de tres minutos? La idea: {pareja_hist} {farsa}.",
        "Escribe el guion de un cortometraje: {persona}, investiga en {pueblo} porque {misterio}.",
        "Imagina la conversación entre {pareja_hist} si se encontraran hoy en un café de {pueblo}.",
        "Escribe una escena de sitcom: {nombre} y {nombre}, compañeros de piso, se pelean por {disputa} y al final hacen las paces.",
        "Una película de atracos en clave de comedia: {pareja_hist} {farsa}. Escribe la escena inicial.",
        "Hazme un diálogo de diez frases entre {nombre} y su jefe, que le explica el teletrabajo con metáforas de cocina.",
    ],
    "story": [
        "Escribe un cuento corto sobre {persona}, en {pueblo}, que {suceso}.",
        "Cuéntame una historia ambientada en {pueblo} con {persona}, como protagonista.",
        "Inventa un cuento para dormir sobre {persona}, que {suceso}.",
        "Estoy escribiendo un relato para un concurso y el protagonista es {persona}. ¿Me escribes el primer capítulo?",
        "Escribe un relato de 500 palabras, con tono {tono}, sobre {persona}, que {suceso}.",
        "Escribe una historia graciosa sobre mi compañero {nombre_m}, que {suceso}, para su fiesta de despedida.",
        "Continúa esta historia: «{nombre} abrió la panadería a las seis, como todas las mañanas, pero aquel día…»",
        "Escribe una historia al estilo de {autor} sobre {persona}.",
    ],
    "lyrics-jokes": [
        "Escríbeme un rap sobre {tema}.",
        "¿Me escribes la letra de una canción de amor {estilo_musical} para el aniversario de boda de mis padres?",
        "Escribe {forma} sobre {tema}.",
        "Cuéntame un chiste sobre {chiste_tema}.",
        "Haz una parodia de {parodia_obj} sobre {cotidiano}.",
        "Escribe una sátira amable sobre {cotidiano}, como una columna de humor del periódico.",
        "Necesito una estrofa de rap graciosa para la boda de mi colega {nombre_m}, sobre {tema}.",
        "Escribe una canción {estilo_musical} sobre {tema}, con un estribillo pegadizo.",
        "Tres chistes blancos sobre {chiste_tema}, que son para una comida familiar.",
    ],
    "game-interactive": [
        "Juguemos a una aventura de texto: soy {rol_aventura} y me despierto {lugar_aventura}. Describe lo que veo.",
        "Sé el presentador de un concurso: hazme diez preguntas sobre {tema_quiz}, de una en una, y lleva la puntuación.",
        "Hazme una entrevista de trabajo de práctica para un puesto de {puesto}: una pregunta cada vez y tu opinión al final.",
        "Juego de rol: tú eres {pnj} y yo soy un cliente. No salgas del personaje.",
        "¿Puedes ser mi compañero de conversación en {idioma_practica}? Haz de {pnj} y corrígeme los errores.",
        "Prepara una cena con misterio para ocho amigos en una mansión de los años 20, con una ficha para cada personaje.",
        "Hazme un librojuego: soy {rol_aventura} {lugar_aventura}, y en cada paso dame tres opciones.",
        "Juguemos a «¿Quién soy?»: piensa en un personaje famoso y yo te hago preguntas de sí o no.",
    ],
    "translate-rewrite": [
        "Traduce al {idioma}: «{frase}»",
        "¿Me corriges las faltas de este texto? «{faltas}»",
        "Reescribe este mensaje de forma más educada: «{coloquial}»",
        "Traduce este mensaje al {idioma} manteniendo el tono informal: «{coloquial}»",
        "Me ha llegado este texto con caracteres raros, ¿me lo dejas bien en español y lo traduces al {idioma}? «{mojibake}»",
        "Reformula este párrafo para {publico}: «{parrafo}»",
        "Resume y traduce al {idioma} este mensaje de mi compañera: «{parrafo}»",
        "¿Qué significa esto en español neutro? «{coloquial}»",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "¡Hola! ", "Buenas. ", "¡Oye! ", "Una cosita: ", "¡Ey! ", "Una pregunta: "]

SUFFIX: Sequence[str] = ["", "", "", " ¡Gracias!", " porfa", " Gracias de antemano.", " 😄", " Es para esta noche.", " ¡Diviértete!", " Mil gracias."]
