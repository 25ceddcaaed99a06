/**
 * Hand-written keyword stems for the 17 Sustainable Development Goals, per language, read by infer-sdgs.ts.
 *
 * Each entry is a space-separated list of stems. A stem matches a word that starts with it once both are
 * normalised (lower case, Latin accents dropped, Arabic letter variants unified, Arabic article removed), so
 * "climat" covers "climatique" and "éducation" covers "educational". A trailing "=" asks for the whole word
 * ("sea=" must not match "search"). In the compounding languages (sv, fi, de) a stem of five letters or more
 * also matches inside a word ("vatten" in "dricksvatten").
 *
 * Vocabulary follows the goals' targets (A/RES/70/1 and the indicator framework A/RES/71/313) and everyday
 * public-sector usage. Words that mean several goals at once ("sustainable", "community", "partner") are left
 * out on purpose: they would pull every problem statement towards the same goals.
 */
export type LexiconLanguage = 'en' | 'fr' | 'es' | 'sv' | 'fi' | 'ar' | 'de';

export const COMPOUNDING_LANGUAGES: readonly LexiconLanguage[] = ['sv', 'fi', 'de'];

export const SDG_LEXICON: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  en: [
    /* 1 */ 'poverty poor= poorer poorest impoverish homeless destitut deprivation welfare slum',
    /* 2 */ 'hunger hungry famine malnutrition malnourish undernourish stunting food agricultur farm crop harvest nutrition fertiliser fertilizer irrigat livestock smallholder',
    /* 3 */ 'health hospital disease illness patient medic vaccin epidemic pandemic mortality maternal hiv malaria tuberculosis nurse clinic wellbeing tobacco alcohol suicide obesity',
    /* 4 */ 'education school pupil student teacher teaching learning literacy numeracy curricul university vocational apprentice kindergarten preschool classroom scholarship',
    /* 5 */ 'gender women= woman= girl feminis femicide harass sexism sexist misogyn mutilation',
    /* 6 */ 'water sanitation sewage sewer wastewater drinking toilet hygiene groundwater aquifer watershed river lake= lakes= desalination latrine',
    /* 7 */ 'energy electricity electrif renewable solar wind= turbine photovolta grid= heating fuel biofuel geotherm hydropower battery nuclear insulation',
    /* 8 */ 'employment unemploy job= jobs= labour labor worker wage economy economic growth entrepreneur tourism productivity livelihood smes microfinanc',
    /* 9 */ 'infrastructure industr innovation innovative digital broadband internet connectivity research technolog manufactur road= roads= railway transport logistic port= ports= telecom startup',
    /* 10 */ 'inequalit inequity discrimination inclusion migrant migration refugee asylum minorit disabilit disabled indigenous marginalis marginaliz exclusion racism remittance',
    /* 11 */ 'city cities urban municipal municipality town= towns= housing neighbourhood neighborhood transit= commut mobility traffic congestion cycling pedestrian zoning heritage disaster suburb',
    /* 12 */ 'waste recycl circular consumption consumer packaging plastic reuse reusing repair landfill compost procurement chemical hazardous litter',
    /* 13 */ 'climate carbon emission greenhouse decarbon netzero warming adaptation mitigation heatwave drought flood wildfire storm co2 ghg',
    /* 14 */ 'ocean marine sea= seas= coastal coast= fisher fishing fishery fisheries fish= overfishing coral reef maritime aquacultur mangrove seabed whale',
    /* 15 */ 'biodiversity ecosystem forest deforest reforest afforest wildlife species habitat soil desertification land= poaching endangered pollinat mountain nature= conservation invasive peatland wetland',
    /* 16 */ 'justice court= courts= corrupt transparen accountab violence crime criminal police policing peace conflict war= terror judicial judiciary bribe bribery governance institution democra participat deliberat homicide trafficking',
    /* 17 */ 'partnership multilateral donor statistic taxation tax= taxes debt capacity trade= exports',
  ],
  fr: [
    /* 1 */ 'pauvret pauvre precarit misere demuni sansabri indigence minima surendettement itinerance',
    /* 2 */ 'faim famine malnutrition sousalimentation aliment agricol agricult paysan recolte elevage nutrition semence irrigation betail',
    /* 3 */ 'sante hopita maladie malades patient medecin medical vaccin epidemi pandemi mortalite soin= soins= infirmi clinique sida paludisme tuberculose bienetre tabac alcool suicide obesite',
    /* 4 */ 'education ecole eleves= enseign professeur apprentissage apprenti alphabetisation scolair universit formation lycee etudiant pedagog creche',
    /* 5 */ 'genre= genres= femme fille= filles= feminis feminicide sexisme sexiste harcelement parite',
    /* 6 */ 'eau= eaux= potable assainissement egout usees hygiene phreatique aquifere riviere fleuve lac= lacs= toilette latrine hydrolog dessalement',
    /* 7 */ 'energi electricit electrification renouvelable solaire eolien photovolta chauffage combustible carburant biocarburant geotherm hydroelectri nucleaire batterie',
    /* 8 */ 'emploi chomage travail travailleur salair salarie economi croissance entrepreneur pme= tourisme productivit microfinance embauche',
    /* 9 */ 'infrastructure industri innovation innovant numerique internet connectivit recherche technolog fabrication manufactur route= routes= routier ferroviaire transport logistique port= ports= telecom startup',
    /* 10 */ 'inegalit inegal discrimination inclusion migrant migration refugie asile minorit handicap exclusion racisme marginalis autochtone',
    /* 11 */ 'ville= villes= urbain urbanisme municipal commune= communes= communal metropol quartier logement habitat mobilite embouteillage velo= velos= cyclable pieton patrimoine catastrophe collectivit territoire territorial',
    /* 12 */ 'dechet recycl circulaire consommation consommat reemploi reutilis reparation decharge compost plastique emballage gaspillage chimique sobriete',
    /* 13 */ 'climat rechauffement carbone emission serre= decarbon adaptation attenuation canicule secheresse inondation tempete co2',
    /* 14 */ 'ocean marin mer= mers= littoral cotier cotiere peche pecheur halieut aquacult corail recif maritime mangrove baleine',
    /* 15 */ 'biodiversit ecosysteme foret forestier deforest reforest boisement faune flore espece sol= sols= desertification terres= braconnage pollinis montagne nature= conservation envahissant tourbiere humide',
    /* 16 */ 'justice tribunal corruption transparen violence crime criminel police paix conflit guerre terroris judiciaire gouvernance institution democrat participat deliberat redevabilite homicide maltraitance',
    /* 17 */ 'partenariat multilateral bailleur donateur statistique fiscal impot dette commerce capacites',
  ],
  es: [
    /* 1 */ 'pobreza pobre= pobres= indigencia indigente precariedad miseria sinhogar subsidio sobreendeudamiento chabola mendicidad',
    /* 2 */ 'hambre hambruna desnutricion malnutricion aliment agricol agricult campesin cosecha cultivo ganaderia ganado= nutricion semilla riego fertilizante',
    /* 3 */ 'salud hospital enfermedad enfermer paciente medic vacun epidemi pandemi mortalidad sanitari clinica sida malaria paludismo tuberculosis bienestar tabaco alcohol suicidio obesidad',
    /* 4 */ 'educacion escuela escolar alumn estudiant docente profesor ensenanza aprendizaje alfabetizacion universidad formacion capacitacion curricul guarderia preescolar pedagog',
    /* 5 */ 'genero mujer mujeres nina= ninas= feminis feminicidio machismo acoso sexismo paridad',
    /* 6 */ 'agua= aguas= potable saneamiento alcantarillado residuales higiene acuifero cuenca rio= rios= lago= lagos= inodoro letrina desalinizacion depuradora depuracion',
    /* 7 */ 'energi electricidad electrific renovable solar eolic fotovolta calefaccion combustible biocombustible geotermi hidroelectri nuclear bateria',
    /* 8 */ 'empleo desempleo trabajo trabajador salari econom crecimiento emprende pyme turismo productividad microfinanz laboral',
    /* 9 */ 'infraestructura industri innovacion innovador digital internet conectividad investigacion tecnolog manufactur fabricacion carretera ferrocarril ferroviari transporte logistic puerto telecomunic startup',
    /* 10 */ 'desigualdad inequidad discriminacion inclusion migrante migracion refugiad asilo minoria discapacidad exclusion racismo marginacion indigena remesa',
    /* 11 */ 'ciudad urbano urbana urbanismo urbanistic municipal municipio ayuntamiento barrio vivienda alcaldia movilidad bicicleta peaton patrimonio desastre metropol',
    /* 12 */ 'residuo desecho basura recicl circular consumo consumidor envase embalaje plastico reutiliz reparacion vertedero compost desperdicio',
    /* 13 */ 'clima calentamiento carbono emision invernadero descarboniz adaptacion mitigacion calor= sequia inundacion tormenta huracan co2',
    /* 14 */ 'oceano marin mar= mares= costa= costas= costero litoral pesca pesquer pescador acuicultura coral arrecife maritim manglar ballena',
    /* 15 */ 'biodiversidad ecosistema bosque forestal deforest reforest fauna flora especie habitat suelo desertificacion tierras= furtiv montana naturaleza conservacion protegid invasor humedal polinizador',
    /* 16 */ 'justicia tribunal corrupcion transparen violencia crimen criminal delito policia paz= conflicto guerra terroris judicial gobernanza institucion democra participacion participativ deliberat rendicion homicidio',
    /* 17 */ 'alianza multilateral donante estadistic fiscal impuesto deuda comercio capacidades exportacion tributari recaudacion',
  ],
  sv: [
    /* 1 */ 'fattig hemlos bostadslos socialbidrag forsorjningsstod laginkomst skuldsatt socialtjanst',
    /* 2 */ 'hunger svalt undernaring livsmedel mat= matsakerhet jordbruk lantbruk bonde bonder skord odling boskap bevattning',
    /* 3 */ 'halsa halso sjukdom sjukhus sjukvard patient varden= vard= vardcentral lakare vaccin epidemi pandemi dodlighet psykisk ohalsa tobak alkohol sjalvmord narkotika',
    /* 4 */ 'utbildning skola skolor skolan skol elev larare undervisning larande forskola universitet hogskola lasfardighet student',
    /* 5 */ 'jamstalld kvinn flickor flicka genus mansvald hedersrelaterat sexuell trakasseri feminis',
    /* 6 */ 'vatten vattn dricks avlopp kloak sanitet sanitar hygien reningsverk toalett sjoar avsaltning',
    /* 7 */ 'energi elnat elektri fornybar solcell solpanel vindkraft vattenkraft karnkraft fjarrvarme uppvarmning bransle biogas batteri',
    /* 8 */ 'arbetslos sysselsattning jobb arbete= arbetstagare arbetsmarknad lon= loner ekonomi tillvaxt foretag entreprenor turism produktivitet naringsliv larling',
    /* 9 */ 'infrastruktur industri innovation digital bredband internet uppkoppling forskning teknik teknolog tillverkning vagar vag= jarnvag transport logistik hamn telekom',
    /* 10 */ 'ojamlik jamlik diskriminering inkludering integration invandr migrant migration flykting asyl minoritet funktionsnedsattning utanforskap rasism ursprungsfolk samisk samer= sapmi',
    /* 11 */ 'stad= staden stader stads kommun= kommune kommuns kommunal urban bostad bostader boende kollektivtrafik trafik pendl cykel cykl samhallsplan kulturarv katastrof',
    /* 12 */ 'avfall atervinn cirkular konsumtion konsument forpackning plast aterbruk reparation deponi kompost upphandling matsvinn kemikalie',
    /* 13 */ 'klimat utslapp vaxthus koldioxid fossil anpassning oversvamning skogsbrand varmebolj co2',
    /* 14 */ 'hav= haven havet havs marin kust fiske fisk= fiskar korall sjofart vattenbruk ostersjon',
    /* 15 */ 'biologisk mangfald ekosystem skog avskogning djurliv arter= livsmiljo mark= markens naturvard naturskydd vatmark pollinator fjall invasiv',
    /* 16 */ 'rattvis domstol manniskohandel korruption transparens oppenhet valdet valds brott polis fred= fredlig konflikt krig= kriget terror demokrati delaktighet medborgardialog deliberat styrning',
    /* 17 */ 'partnerskap multilateral givare givarland statistik skatt skulder bistand kapacitet handel export utvecklingssamarbet',
  ],
  fi: [
    /* 1 */ 'koyhyy koyha koyhi asunnottom asunnoton toimeentulo pienituloi ylivelkaantu leipajono ruokaapu',
    /* 2 */ 'nalka nalan aliravits ravits ruoka ruoan ruokaa maatalou viljel sato= karja kastelu lannoit',
    /* 3 */ 'tervey sairau sairaala potilas potilai hoito laakari rokot epidemia pandemia kuolleisuu hyvinvoin paihde alkoholi tupak itsemurha lihavuu sote=',
    /* 4 */ 'koulutu koulu oppila opettaj opetu oppimi lukutaito yliopist varhaiskasvatu opiskel osaami',
    /* 5 */ 'sukupuol tasaarvo nais tytto tytot tytoi lahisuhde hairint seksuaal feminis',
    /* 6 */ 'vesi veden vede jatevesi jatevede juomave pohjave huleve sanitaatio viemari hygienia puhdistamo jarvi jarvet vesisto',
    /* 7 */ 'energia energi sahko tuulivoima aurinkovoima vesivoima ydinvoima aurinkopaneel uusiutuv kaukolamp lammity polttoaine biokaasu akku=',
    /* 8 */ 'tyollisyy tyottomyy tyoton tyottom tyopaik tyovoima tyomarkkin tyo= talou yritys yrityk yrittaj matkailu palkka palkat tuottavuu elinkeino',
    /* 9 */ 'infrastruktuur teollisuu innovaati digi laajakaista internet tutkimu teknolog tekniik tie= tiet= tiesto rautatie liikenne logistiik satama',
    /* 10 */ 'eriarvoi epatasaarvo yhdenvertai syrjin syrjaytym maahanmuut kotoutu pakolai turvapaik vahemmisto vammai saamelai alkuperaiskan rasism osallisuu',
    /* 11 */ 'kaupun kunta kunnan kunnat kuntien kunnis kuntal asumi asunto asunno joukkoliikenne pyorail kavely kulttuuriperi taajama kaavoitu lahio',
    /* 12 */ 'jate jatte kierrat kiertotalou kulutu kuluttaj pakkau muovi uudelleenkay kaatopaik kompost hankin havikki kemikaal',
    /* 13 */ 'ilmasto paasto hiilidioksid hiilineutraal hiili kasvihuone lampeneminen sopeutu hillin tulva kuivuu metsapalo helle hellea myrsky',
    /* 14 */ 'meri meren meria merell merelli rannik kalastu kala= kalat kalakan koralli itamer vesiviljely',
    /* 15 */ 'luonnon luonto monimuotoisuu metsa metsi ekosystee uhanalai elinymparisto maapera aavikoitu suo= suot= soiden turvemaa kosteikko riista vieraslaji polytt tunturi',
    /* 16 */ 'oikeus oikeude tuomioistuin korruptio lahjon avoimuu lapinakyv vakivalt rikos rikolli poliisi rauha konflikti sota= sodan terroris hallinto demokrat osallistu deliberat ihmisoikeu',
    /* 17 */ 'kumppanuu monenkeskei monenvalis kehitysyhteisty kehitysrahoitu avunantaj tilasto verotu velka kapasiteet',
  ],
  ar: [
    /* 1 */ 'فقر فقير فقراء تشرد مشرد معوز عوز محتاج تسول عشوائيات',
    /* 2 */ 'جوع مجاع تغذيه غذاء غذائي زراع مزارع محاصيل حصاد ماشيه بذور',
    /* 3 */ 'صحه صحيه مستشفي مستشفيات مرض امراض وباء اوبئه جائحه لقاح تطعيم طبي اطباء وفيات علاج رفاه ايدز ملاريا',
    /* 4 */ 'تعليم مدرسه مدارس طلاب طالب تلاميذ معلم تعلم اميه جامعه جامعات تدريب مناهج روضه',
    /* 5 */ 'جنسين جندر نساء نسائي مراه امراه فتيات فتاه نسويه تحرش ختان قاصرات',
    /* 6 */ 'مياه ماء= صرف شرب نظافه جوفيه تحليه انهار نهر بحيرات',
    /* 7 */ 'طاقه طاقات كهرباء كهربائي متجدده شمسيه رياح وقود نوويه تدفئه نفط توربينات',
    /* 8 */ 'عماله بطاله توظيف وظائف عمال اقتصاد اجور رواتب سياحه رياده',
    /* 9 */ 'تحتيه هياكل صناع ابتكار رقمي انترنت تكنولوج تقنيه بحث بحوث نقل حديديه اتصالات',
    /* 10 */ 'مساواه تمييز لاجئ هجره مهاجر ادماج اقليات اعاقه تهميش عنصريه لجوء',
    /* 11 */ 'مدن مدينه حضري بلدي اسكان سكن= مواصلات عمراني عمران تراث كوارث ازدحام',
    /* 12 */ 'نفايات مخلفات تدوير استهلاك مستهلك بلاستيك تغليف دائري هدر مشتريات',
    /* 13 */ 'مناخ انبعاث كربون احترار دفيئه تكيف تخفيف جفاف فيضان حرائق احتباس',
    /* 14 */ 'محيطات بحري بحار بحر سواحل ساحل صيد اسماك شعاب مرجان مانغروف',
    /* 15 */ 'بيولوج احيائي ايكولوج غابات تصحر اراضي تربه بريه حيوانات نباتات محميات',
    /* 16 */ 'عدال عدل= محاكم محكمه فساد شفافيه مساءله عنف جريمه جرائم شرطه سلام نزاع صراع حرب حروب ارهاب مؤسسات حوكمه ديمقراط مشاركه رشوه',
    /* 17 */ 'شراكه شراكات مانح احصاء ضرائب ديون تجاره قدرات مساعدات صادرات قروض',
  ],
  de: [
    /* 1 */ 'armut arm= arme= obdachlos wohnungslos grundsicherung sozialhilfe burgergeld uberschuldung',
    /* 2 */ 'hunger ernahrung lebensmittel landwirtschaft bauer ernte nahrung ackerbau viehzucht bewasserung dunger',
    /* 3 */ 'gesundheit krankheit krankenhaus klinik patient pflege impf arzt arzte epidemie pandemie sterblichkeit psychisch',
    /* 4 */ 'bildung schule schuler lehrer unterricht lern universitat hochschule ausbildung kita= kindergarten',
    /* 5 */ 'gleichstellung gleichberechtigung frauen frau= madchen geschlecht sexism sexuell belastigung genitalverstummelung',
    /* 6 */ 'wasser abwasser trinkwasser sanitar kanalisation grundwasser hygiene klaranlage gewasser toilette',
    /* 7 */ 'energie strom= elektrizitat erneuerbar solar photovoltaik windkraft windenergie heizung warmepumpe kraftstoff',
    /* 8 */ 'arbeitslos beschaftigung arbeitsmarkt arbeit= arbeitnehmer lohn= lohne wirtschaft wachstum unternehm tourismus fachkrafte',
    /* 9 */ 'infrastruktur industrie innovation digital breitband internet forschung technolog verkehr schiene logistik hafen',
    /* 10 */ 'ungleichheit diskriminier inklusion integration migration migrant fluchtling asyl minderheit behinder',
    /* 11 */ 'stadt stadte stadtisch kommune kommunal gemeinde wohnung wohnraum nahverkehr radverkehr stadtplanung quartier',
    /* 12 */ 'abfall mull recycl kreislaufwirtschaft konsum verpackung plastik kunststoff wiederverwend reparatur beschaffung',
    /* 13 */ 'klima emission treibhaus kohlendioxid erderwarmung klimaanpass hitze durre hochwasser uberschwemmung co2',
    /* 14 */ 'meer= meere meeres ozean kuste fischerei fisch korall ostsee nordsee',
    /* 15 */ 'biodiversitat artenvielfalt okosystem wald walder entwaldung boden naturschutz lebensraum arten= moor',
    /* 16 */ 'justiz gericht menschenhandel korruption transparenz gewalt kriminal verbrechen polizei frieden konflikt krieg terror demokrat beteiligung',
    /* 17 */ 'partnerschaft multilateral geberland geberlander statistik steuer schulden entwicklungszusammenarbeit export handel',
  ],
};

/**
 * Words that contain a stem but mean something else; a blocker that covers a match hides it
 * (Finnish "yhteiskunta" is society, not "kunta" the municipality; German "zufrieden" is not "Frieden").
 */
export const LEXICON_BLOCKERS: Readonly<Partial<Record<LexiconLanguage, string>>> = {
  sv: 'uppskatt kommunikat',
  fi: 'yhteiskunta yhteiskunn ilmastoint sahkoposti sahkoi karjal',
  de: 'klimaanlage zufrieden steuerung gerichtet',
  ar: 'بحرين صيدل مدني',
};
