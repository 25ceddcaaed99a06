/**
 * Countries the scale generator draws from: their languages (the first is the main one), the share of
 * organisations named in every language (bilingual countries), places named in each language, and the
 * culture of people's names. Finnish place names are in the genitive, which every Finnish template needs.
 */
export interface ScaleCountry {
  code: string;
  languages: string[];
  /** How often an organisation also carries its name in the other languages. */
  multilingualShare: number;
  /** Each place as [name in languages[0], name in languages[1], ...]. */
  places: string[][];
  names: string;
}

const one = (list: string) => list.split(', ').map((place) => [place]);
const pairs = (list: string) => list.split(', ').map((pair) => pair.split(' / '));

export const SCALE_COUNTRIES: ScaleCountry[] = [
  {
    code: 'SE',
    languages: ['sv'],
    multilingualShare: 0,
    places: one(
      'Umeå, Luleå, Skellefteå, Örnsköldsvik, Sundsvall, Östersund, Gävle, Uppsala, Västerås, Örebro, Linköping, Jönköping, Växjö, Kalmar, Karlstad, Halmstad, Helsingborg, Lund, Kiruna, Haparanda',
    ),
    names: 'sv',
  },
  {
    code: 'FI',
    languages: ['fi', 'sv'],
    multilingualShare: 0.4,
    places: pairs(
      'Vaasan / Vasa, Oulun / Uleåborg, Turun / Åbo, Tampereen / Tammerfors, Kokkolan / Karleby, Porin / Björneborg, Espoon / Esbo, Vantaan / Vanda, Lahden / Lahtis, Seinäjoen / Seinäjoki, Pietarsaaren / Jakobstad, Kristiinankaupungin / Kristinestad, Tornion / Torneå, Raahen / Brahestad',
    ),
    names: 'fi',
  },
  {
    code: 'GB',
    languages: ['en'],
    multilingualShare: 0,
    places: one(
      'Carlisle, Dumfries, Hexham, Kendal, Galashiels, Hawick, Berwick, Penrith, Newcastle, York, Bristol, Norwich, Exeter, Inverness, Stirling, Perth, Swansea, Lancaster',
    ),
    names: 'en',
  },
  {
    code: 'IE',
    languages: ['en'],
    multilingualShare: 0,
    places: one('Galway, Cork, Limerick, Sligo, Letterkenny, Dundalk, Athlone, Waterford, Kilkenny, Tralee'),
    names: 'en',
  },
  {
    code: 'US',
    languages: ['en'],
    multilingualShare: 0,
    places: one(
      'Boston, Denver, Austin, Pittsburgh, Louisville, Tucson, Spokane, Madison, Albuquerque, Richmond, Raleigh, Buffalo, El Paso, Detroit',
    ),
    names: 'en',
  },
  {
    code: 'CA',
    languages: ['en', 'fr'],
    multilingualShare: 0.7,
    places: pairs(
      'Ottawa / Ottawa, Montreal / Montréal, Quebec City / Québec, Toronto / Toronto, Winnipeg / Winnipeg, Halifax / Halifax, Moncton / Moncton, Fredericton / Fredericton, Sherbrooke / Sherbrooke, Gatineau / Gatineau, Windsor / Windsor, Victoria / Victoria',
    ),
    names: 'en',
  },
  {
    code: 'FR',
    languages: ['fr'],
    multilingualShare: 0,
    places: one(
      'Lille, Strasbourg, Metz, Nancy, Lyon, Grenoble, Annecy, Nice, Bayonne, Perpignan, Besançon, Mulhouse, Amiens, Angers, Orléans, Évian',
    ),
    names: 'fr',
  },
  {
    code: 'BE',
    languages: ['nl', 'fr'],
    multilingualShare: 0.6,
    places: pairs(
      'Antwerpen / Anvers, Gent / Gand, Brugge / Bruges, Leuven / Louvain, Mechelen / Malines, Hasselt / Hasselt, Kortrijk / Courtrai, Luik / Liège, Namen / Namur, Bergen / Mons, Aarlen / Arlon, Doornik / Tournai',
    ),
    names: 'nl',
  },
  {
    code: 'NL',
    languages: ['nl'],
    multilingualShare: 0,
    places: one(
      'Maastricht, Venlo, Enschede, Groningen, Nijmegen, Eindhoven, Utrecht, Zwolle, Leiden, Delft, Breda, Arnhem',
    ),
    names: 'nl',
  },
  {
    code: 'DE',
    languages: ['de'],
    multilingualShare: 0,
    places: one(
      'Aachen, Freiburg, Konstanz, Passau, Flensburg, Görlitz, Saarbrücken, Trier, Kiel, Rostock, Leipzig, Münster, Kassel, Lörrach',
    ),
    names: 'de',
  },
  {
    code: 'AT',
    languages: ['de'],
    multilingualShare: 0,
    places: one('Graz, Linz, Salzburg, Innsbruck, Bregenz, Klagenfurt, Villach, Wels, Steyr, Kufstein'),
    names: 'de',
  },
  {
    code: 'CH',
    languages: ['de', 'fr'],
    multilingualShare: 0.7,
    places: pairs(
      'Basel / Bâle, Bern / Berne, Zürich / Zurich, Genf / Genève, Biel / Bienne, Freiburg / Fribourg, Luzern / Lucerne, St. Gallen / Saint-Gall, Sitten / Sion, Neuenburg / Neuchâtel',
    ),
    names: 'de',
  },
  {
    code: 'ES',
    languages: ['es'],
    multilingualShare: 0,
    places: one(
      'Bilbao, San Sebastián, Pamplona, Girona, Huesca, Badajoz, Vigo, Salamanca, Valencia, Málaga, Zaragoza, Córdoba',
    ),
    names: 'es',
  },
  {
    code: 'MX',
    languages: ['es'],
    multilingualShare: 0,
    places: one(
      'Tijuana, Monterrey, Ciudad Juárez, Mexicali, Puebla, Querétaro, Mérida, Oaxaca, Guadalajara, León',
    ),
    names: 'es',
  },
  {
    code: 'AE',
    languages: ['ar', 'en'],
    multilingualShare: 0.8,
    places: pairs(
      'دبي / Dubai, أبوظبي / Abu Dhabi, الشارقة / Sharjah, عجمان / Ajman, الفجيرة / Fujairah, رأس الخيمة / Ras Al Khaimah, أم القيوين / Umm Al Quwain, العين / Al Ain',
    ),
    names: 'ar',
  },
  {
    code: 'MA',
    languages: ['ar', 'fr'],
    multilingualShare: 0.7,
    places: pairs(
      'الرباط / Rabat, فاس / Fès, طنجة / Tanger, مراكش / Marrakech, أكادير / Agadir, وجدة / Oujda, مكناس / Meknès, تطوان / Tétouan',
    ),
    names: 'ar',
  },
];

const list = (text: string) => text.split(', ');

/** Given and family names by culture, for the display names of generated people. */
export const PEOPLE_NAMES: Record<string, { given: string[]; family: string[] }> = {
  sv: {
    given: list(
      'Anna, Erik, Linnea, Johan, Maja, Oskar, Elsa, Karl, Ingrid, Nils, Sara, Lars, Astrid, Gustav',
    ),
    family: list(
      'Andersson, Lindqvist, Holmström, Nyström, Berg, Sundberg, Lundgren, Forsberg, Eriksson, Wikström',
    ),
  },
  fi: {
    given: list('Aino, Mikko, Eveliina, Juha, Sanna, Ville, Laura, Antti, Kaisa, Jussi, Helmi, Eero'),
    family: list('Virtanen, Korhonen, Niemi, Mäkinen, Heikkinen, Laine, Koskinen, Järvinen, Lehtonen, Salo'),
  },
  en: {
    given: list(
      'Emma, James, Olivia, Oliver, Amelia, Harry, Sophie, Jack, Grace, Thomas, Priya, Daniel, Aisling',
    ),
    family: list(
      'Smith, Jones, Taylor, Brown, Wilson, Graham, Armstrong, Maxwell, Patel, Okafor, Murphy, Walsh',
    ),
  },
  fr: {
    given: list('Camille, Louis, Chloé, Hugo, Léa, Lucas, Manon, Gabriel, Inès, Jules, Élodie, Théo'),
    family: list('Martin, Bernard, Dubois, Lefèvre, Tremblay, Gagnon, Roy, Moreau, Fournier, Girard'),
  },
  de: {
    given: list('Lena, Lukas, Anna, Felix, Marie, Jonas, Laura, Paul, Sophie, Maximilian, Jana, Tobias'),
    family: list('Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Keller'),
  },
  es: {
    given: list('Lucía, Hugo, Sofía, Martín, María, Pablo, Valeria, Diego, Carmen, Javier, Ximena, Andrés'),
    family: list('García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Romero, Navarro'),
  },
  nl: {
    given: list('Emma, Daan, Julia, Lucas, Sophie, Sem, Anna, Finn, Eva, Noah, Lotte, Bram'),
    family: list('de Jong, Jansen, de Vries, van den Berg, Bakker, Peeters, Maes, Janssens, Visser, Mertens'),
  },
  ar: {
    given: list('فاطمة, أحمد, مريم, عمر, عائشة, خالد, نورة, يوسف, ليلى, حسن, سلمى, كريم'),
    family: list('المنصوري, السويدي, النعيمي, الهاشمي, بنعلي, الإدريسي, حداد, المزروعي, العلوي, الكتبي'),
  },
};
