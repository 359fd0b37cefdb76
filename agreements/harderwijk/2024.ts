import { defineJaarschijf } from 'jaarschijf';
import raamovereenkomst from './raamovereenkomst.ts';

export default defineJaarschijf(raamovereenkomst, {
  year: 2024,
  previous: './2023.ts',
  title: "Prestatieafspraken 2021 – 2026: Jaarschijf 2024",
  introduction: `In de 'Raamovereenkomst sociale huur 2022-2026' hebben de huurdersorganisaties, woningcorporaties en gemeente hun opgaven en ambities vastgelegd. De raamovereenkomst zijn meerjarige afspraken waarin we vastleggen waar we aan gaan samenwerken en hoe we dat gaan doen. Door middel van jaarlijkse prestatieafspraken geven we, voor elk jaar, aan hoe we het komende jaar uitvoering gaan geven aan de kaderafspraken uit de raamovereenkomst. In dit document vindt u de prestatieafspraken voor jaarschijf 2024. Door middel van een aantal themasessies hebben woningcorporaties, huurders en gemeente jaarafspraken opgesteld voor 2024. Nieuw is dat aan deze themasessies vanuit verschillende beleidsvelden betrokken medewerkers hebben deelgenomen. Zowel vanuit de woningcorporaties als vanuit de gemeente. Hierdoor hebben we gerichtere afspraken kunnen formuleren en ook (meer) vorm kunnen geven aan de betrokkenheid vanuit de organisaties bij de prestatieafspraken.

In tegenstelling tot voorgaande jaren hebben we ervoor gekozen om het exacte stramien van de raamovereenkomst wat los te laten. We blijven de kaderafspraken volgen maar hebben het onderscheid tussen focusafspraken en basisafspraken losgelaten. Dat maakt het geheel overzichtelijker en maakt dat we een compactere set prestatieafspraken hebben waarmee we gericht aan de slag kunnen gaan.

De volkshuisvestelijke opgave in de gemeente Harderwijk blijft namelijk groot. Zowel qua beschikbaarheid, betaalbaarheid, leefbaarheid en duurzaamheid. Aansluitend op de afspraken uit de regionale woondeal (2023) werken we toe naar een forse uitbreiding van het aantal sociale huurwoningen. Daarnaast blijft onze inzet op betaalbaar wonen nodig. De prijsstijgingen als gevolg van toenemende mondiale onzekerheid hebben een grote invloed op de woonlasten van huurders. Verder staat de beschikbaarheid van woningen onder grote druk. Vele woningzoekenden zijn op zoek naar een betaalbare (sociale huur)woning. We werken hard aan het uitbreiden van het aantal sociale huurwoningen maar door onder andere netcongestie en gestegen bouwkosten is dit een lastige opgave. Ook de bestaande stad komt steeds nadrukkelijker in beeld. Onze bevolking verandert en daarmee de woningbehoefte. We staan voor ingrepen in de bestaande wijken om leefbaarheid en sociale cohesie op een goed peil te houden of te brengen. In de prestatieafspraken voor jaarschijf 2024 leggen we vast hoe we, ondanks alle onzekerheid, stappen gaan zetten om bij te dragen aan de volkshuisvestelijke opgave in de gemeente Harderwijk.

In 2024 stelt de gemeente Harderwijk een volkshuisvestelijk programma vast (voorheen de woonvisie). Volgend jaar zal dat de nieuwe basis vormen voor prestatieafspraken.

In deze prestatieafspraken, jaarschijf 2024, vindt u per thema:

- Wat de ambitie is;
- Aan welke meerjarige kaderafpraak we bijdragen;
- Wat het doel is van de afspraak;
- Wie trekker is van de afspraak.

Het monitoren van de prestatieafspraken vormt geen apart thema maar is wel van belang om goed te kunnen (bij)sturen op de voortgang. Bij deze prestatieafspraken hoort een monitor die twee keer per jaar in bestuurlijk overleg tussen huurdersorganisaties, woningcorporaties en gemeenten wordt besproken. De monitor is dit jaar ook gebruikt om vorm te geven aan de prestatieafspraken – jaarschijf 2024.`,
  themes: {
    beschikbaarheid: {
      intro: `Met het thema beschikbaarheid sturen we op de uitbreiding van het aantal sociale huurwoningen om te kunnen voorzien in de woningbehoefte en op het zo goed mogelijk benutten van de bestaande sociale huurwoningen. Gezamenlijk dragen we een verantwoordelijkheid voor het realiseren van nieuwe sociale huurwoningen en voor een rechtvaardige verdeling van de (schaarse) sociale huurwoningen. We geven uitvoering aan de afspraken uit de Nationale Woon- en Bouwagenda die op regionaal niveau zijn vastgelegd in de regionale woondeal. Tot en met 2030 willen we in de gemeente Harderwijk 1.000 tot 1.300 nieuwe sociale huurwoningen realiseren. Elke partij neemt hierin zijn verantwoordelijkheid, passend bij de eigen rol en taken. Het is vooral van belang dat we gezamenlijk, continu, in dialoog blijven over de woningbouwopgave. Door middel van de productieafspraken geven we hier uitvoering aan. Om de grote opgave te kunnen realiseren zullen we steeds meer en intensiever moeten samenwerken. In 2024 gaan we hier verdere stappen in zetten.`,
      afspraken: [
        { id: 'bes-01', kader: 'uitvoeringsagenda', text: "De gemeente stelt in 2024 een volkshuisvestelijk programma vast en betreft hierbij woningcorporaties en huurdersorganisaties." },
        { id: 'bes-02', kader: 'realisatie-1000-woningen', text: `De woningcorporaties voegen in 2024 de volgende aantallen aan de woningvoorraad toe:\\
<u>Omnia Wonen:</u>\\
Harderwieker Huse – 8\\
<u>Uwoon:</u>\\
Tinnegieter 44 huur + 18 koop\\
Harderweide – 43 (2024/2025).` },
        { id: 'bes-03', kader: 'realisatie-1000-woningen', text: "Gemeente en woningcorporaties hebben in het kader van de productieafspraken structurele periodieke afstemming over de prioritering en versnelling in de nieuwbouwopgave tot en met 2030." },
        { id: 'bes-04', kader: 'realisatie-1000-woningen', text: "Gemeente en woningcorporaties gaan in Q1 2024 in overleg om te komen tot afspraken over grondprijzen." },
        { id: 'bes-05', kader: 'realisatie-1000-woningen', text: "Partijen bespreken in 2024 de aanpak van flexwoningen op basis van de regionale verkenning flexwonen." },
        { id: 'bes-06', kader: 'primaat-corporaties-sociale-woningbouw', text: "We monitoren de voortgang van de gemaakte productieafspraken. Dit wordt besproken in het BO" },
        { id: 'bes-07', kader: 'primaat-corporaties-sociale-woningbouw', text: "Partijen komen overeen dat verkoop of onttrekking anderszins geen vermindering van de totale sociale huurvoorraad mag inhouden." },
        { id: 'bes-08', kader: 'monitoring-slaagkansen', text: "Gemeente stelt de huisvestingsverordening op in regionaal verband en betreft de corporaties en huurdersorganisaties erbij." },
        { id: 'bes-09', kader: 'monitoring-slaagkansen', text: "Max. 10% van de mutaties wordt toegewezen op basis van loting." },
        { id: 'bes-10', kader: 'monitoring-slaagkansen', text: "Corporaties wijzen woningen toe op grond van de Huisvestingsverordening en monitoren de woonruimteverdeling." },
        { id: 'bes-11', kader: 'instrumenten-doorstroom', text: "Partijen werken samen om doorstroming te bevorderen. Het project verhuiscoach wordt voortgezet door corporaties en gemeente en de doorstroomvoorrang voor senioren die een grote eengezinswoning achterlaten, wordt gecontinueerd." },
        { id: 'bes-12', kader: 'instrumenten-doorstroom', text: "Corporaties faciliteren woningruil." },
        { id: 'bes-13', kader: 'toegang-inkomen-tot-50000', text: "Tenminste 85% van de vrijkomende sociale huurwoningen (huurprijs tot liberalisatiegrens) wordt toegewezen aan de corporatiedoelgroepen. Max. 15% van de vrijkomende woningen wordt toegewezen aan middeninkomens en huishoudens met problemen rond gezondheid, veiligheid, sociale factoren, overmacht of calamiteiten." },
        { id: 'bes-14', kader: 'ondersteuning-nieuwbouwopgave', text: "De gemeente continueert de Subsidieregeling stimulerende sociale huurwoningen Harderwijk 2017." },
        { id: 'bes-15', kader: 'ondersteuning-nieuwbouwopgave', text: "Gemeente neemt het voortouw om een taskforce woningbouw op te zetten, met als doel versnelling in de realisatie van de woningbouwopgave." },
        { id: 'bes-16', kader: 'ondersteuning-nieuwbouwopgave', text: "De gemeente stuurt in de realisatie van de woningbouwopgave op 30% sociale huur (conform Woondeal). Voor de uitwerking van deze afspraak verwijzen wij naar de productieafspraken (thema 7)." },
        { id: 'bes-17', kader: 'voorrang-verkoop-corporatiewoning', text: "Corporaties bieden te verkopen woningen eerst aan de zittende huurder aan. Indien dat niet tot verkoop leidt, wordt de woning gedurende drie maanden bij voorrang aangeboden aan huurders die een sociale huurwoning in de regio achterlaten." },
      ],
    },
    betaalbaarheid: {
      intro: `De betaalbaarheid van het wonen staat onder druk. Onze inwoners en huurders merken dat door inflatie het moeilijker wordt om voldoende over te houden. Gezamenlijk dragen we bij aan het betaalbaar houden van woonlasten. De woningcorporaties door een gematigd huurbeleid te hanteren en de gemeente door ondersteuning te bieden voor de laagste inkomens. Ook als het om toewijzing gaat sturen we op passend wonen. We willen dat zoveel mogelijk mensen een huur betalen die past bij hun inkomen. Dat doen we door passend toe te wijzen, qua inkomen en qua huishoudensgrootte.`,
      afspraken: [
        { id: 'bet-01', kader: 'gematigd-streefhuurbeleid', text: "Omnia Wonen gaat er in haar streefhuurbeleid vanuit dat eengezinswoningen worden toegewezen aan meerpersoonshuishoudens en dat appartementen worden toegewezen aan 1- en 2 persoons huishoudens. Omnia Wonen wijst passend toe op basis van woninggrootte, huishoudensgrootte en inkomen." },
        { id: 'bet-02', kader: 'gematigd-streefhuurbeleid', text: "Uwoon past bij nieuwe verhuringen een tweehurenbeleid toe. Wanneer de huur te hoog is ten opzichte van het inkomen, kan de huur onder voorwaarden worden verlaagd." },
        { id: 'bet-03', kader: 'inkomensafhankelijke-huurverhoging', text: "Woningcorporaties stellen de jaarlijkse huurverhoging conform wetgeving vast." },
        { id: 'bet-04', kader: 'betaalbare-gemeentelijke-belastingen', text: "De gemeente voert een pilot gescheiden inzamelen uit. Doel is mentaliteitsverandering en lagere lasten. Evaluatie vindt plaats in 2024. De gemeente past een kwijtscheldingsregeling toe voor de laagste inkomens." },
        { id: 'bet-05', kader: 'betaalbare-gemeentelijke-belastingen', text: "Woningcorporaties vragen geen huurverhoging voor aangebrachte isolerende maatregelen." },
        { id: 'bet-06', kader: 'passend-toewijzen', text: "Woningcorporaties doen een voorstel voor een experiment op basis van art. 16 huisvestingsverordening om eengezinswoningen passend toe te wijzen op basis van huishoudensgrootte. De gemeente neemt hiervoor een besluit in 2024. De uitkomsten van het experiment evalueren we gezamenlijk." },
        { id: 'bet-07', kader: 'nota-bestaanszekerheid', text: "De gemeente zorgt indien nodig voor budgetondersteuning in het kader van armoedebestrijding." },
        { id: 'bet-08', kader: 'preventie-huurachterstanden', text: "Corporaties voeren een actief incassobeleid om huurachterstanden te voorkomen. Woningcorporaties kunnen bij plotselinge inkomensdaling door schrijnende omstandigheden maatwerk toepassen." },
        { id: 'bet-09', kader: 'woonlastentool', text: "De corporaties werken regionaal aan een woonlastentool op www.hurennoordveluwe.nl" },
        { id: 'bet-10', kader: 'wijzen-op-inkomensondersteuning', text: "De gemeente hanteert de voorzieningenwijzer. Woningcorporaties en huurders informeren huurders via nieuwsbrieven en gerichte informatie over ondersteuningsmogelijkheden." },
        { id: 'bet-11', kader: 'betaalachterstanden-eerste-verhuring', text: "De gemeente spant zich in voor een optimaal proces van tijdige toekenning van uitkeringen." },
      ],
    },
    duurzaamheid: {
      intro: `De woningcorporaties zetten grote stappen in het verduurzamen van hun bezit. Dat is gunstig met het oog op de betaalbaarheid voor huurders, het levert meer wooncomfort op en het draagt bij aan de klimaatdoelstellingen. De komende jaren zetten woningcorporaties de verduurzaming van woningen voort. Hiermee sluiten ze aan op de Nationale Prestatieafspraken tussen Aedes, VNG en Rijk. Op een wat kleiner schaalniveau gaan we verder met bewustwording (door de inzet van energicoaches en duurzaamheidsloket). Ook gaan we praktisch aan de slag met het actief vergroenen van tuinen. In 2024 gaan de gemeente en de woningcorporaties een duurzaamheidsconvenant opstellen met daarin de lange termijn ambities (tot 2050). Deze gaan we vervolgens voor de korte termijn uitwerken in een raamovereenkomst en prestatieafspraken. Op dit moment ligt de nadruk op het verlagen van woonlasten als effect van verduurzaming.`,
      afspraken: [
        { id: 'duu-01', kader: 'convenant-duurzaamheid', text: "De gemeente neemt het initiatief in het opstellen van een convenant duurzaamheid waarin we gezamenlijk een stip op de horizon zetten. Dit omvat o.a. de thema's biodiversiteit, circulariteit, klimaatadaptatie en de energietransitie." },
        { id: 'duu-02', kader: 'convenant-duurzaamheid', text: "Uwoon stelt in 2024 duurzaamheidsbeleid vast en zoekt hierover afstemming met de gemeente." },
        { id: 'duu-03', kader: 'convenant-duurzaamheid', text: "De gemeente oefent samen met regiogemeenten druk uit op de netbeheerders en hogere overheden om de negatieve gevolgen van netcongestie aan te pakken." },
        { id: 'duu-04', kader: 'convenant-duurzaamheid', text: "De gemeente onderzoekt in 2024, samen met de regiogemeenten, de toegevoegde waarde van het opstellen van een soortenmanagementplan voor de gemeente Harderwijk." },
        { id: 'duu-05', kader: 'noodzakelijke-energetische-maatregelen', text: "Naast de reguliere verduurzaming van sociale huurwoningen worden in 2024 door Omnia wonen 22 woningen verduurzaamd van label F naar label B en worden door Uwoon 43 urgente E-F-G label woningen verduurzaamd naar een B-label of beter." },
        { id: 'duu-06', kader: 'energiezuinig-woongedrag', text: "Partijen informeren huurders via hun kanalen over het belang van een goed binnenklimaat en de mogelijkheden die het duurzaamheidsloket biedt." },
        { id: 'duu-07', kader: 'tuinen-vergroenen', text: "Gemeente doet mee aan NK tegelwippen en stelt stimuleringsregeling beschikbaar." },
        { id: 'duu-08', kader: 'tuinen-vergroenen', text: "Partijen gaan in 2024 twee projecten gezamenlijk aanpakken om tuinen meer te vergroenen en klimaatadaptatief te maken. Hierbij benutten we de koppelkansen in de openbare ruimte." },
        { id: 'duu-09', kader: 'plannen-sloop-renovatie', text: "Zie productieafspraken." },
        { id: 'duu-10', kader: 'participatie-bewoners-projecten', text: "Zie productieafspraken." },
        { id: 'duu-11', kader: 'aardgasvrij-wonen-harderwijk', text: "Gemeente betreft woningcorporaties actief bij het opstellen van wijkuitvoeringsplannen." },
        { id: 'duu-14', kader: 'energiebesparende-maatregelen', text: "De gemeente biedt energiecoaches aan via het Duurzaamheidsloket Noord-Veluwe en alle partijen wijzen huurders hierop." },
        { id: 'duu-15', kader: 'prioriteit-woonlasten-verduurzaming', text: "Eenmaal per kwartaal vindt er overleg plaats tussen gemeente, corporaties en andere maatschappelijke partners over de aanpak van energie-armoede." },
      ],
    },
    zorg: {
      intro: `Onze bevolking verandert. De bevolking vergrijsst en veel mensen met een hulpvraag willen zelfstandig (met of zonder begeleiding) wonen. Gemeente en woningcorporaties werken samen aan het goed laten landen van deze mensen in hun woning en woonomgeving. Daarmee dragen we bij aan leefbare wijken waar mensen prettig wonen. We merken dat het aantal woningzoekenden met een bijzondere woonvraag aan het toenemen is. Door de nieuwe Wet regie volkshuisvesting (nog in voorbereiding) wordt het aantal verplichte urgentiecategorieën bovendien uitgebreid. Ook statushouders vragen om passende huisvesting en een zachte landing in de wijk. Om over een rechtvaardige verdeling van schaarse woonruimte te kunnen spreken leggen we vast in welke verhoudingen we regulier en niet-regulier gaan toewijzen. Daarbij is het van groot belang dat we samenwerken aan het goed huisvesten van deze inwoners en dat we tijdig op zoek gaan naar alternatieven als de balans uit het lood raakt. In dit thema maken we hierover afspraken. In 2024 werkt de gemeente aan een woonzorgvisie waar later ook prestatieafspraken aan gekoppeld worden. Daaraan nemen ook zorgpartijen deel.`,
      afspraken: [
        { id: 'woz-02', kader: 'alternatieve-huisvesting-statushouders', text: "Gemeente zal waar nodig en waar mogelijk proactief op zoek gaan naar woonoplossingen voor statushouders." },
        { id: 'woz-03', kader: 'alternatieve-huisvesting-statushouders', text: "Gemeente gaat in overleg met corporaties werken aan een aanpak voor de zachte landing voor statushouders. Het verbeteren van woonvaardigheden is hierin een centraal thema." },
        { id: 'woz-04', kader: 'alternatieve-huisvesting-statushouders', text: "Gemeenten en woningcorporaties in de Noord-Veluwe werken aan een regionale verkenning van de mogelijkheden voor flexwonen. Als hier mogelijkheden zijn voor huisvesting van statushouders, gaan partijen daarover in gesprek." },
        { id: 'woz-06', kader: 'statushouders-naar-rato-bezit', text: "Corporaties stellen 20% van de vrijkomende sociale huurwoningen beschikbaar voor de huisvesting van statushouders. Als deze grens wordt bereikt, treden partijen in overleg over alternatieve oplossingen waarmee de 20% in stand blijft." },
        { id: 'woz-08', kader: 'maximaal-25-procent-bemiddelingsmodel', text: "Partijen treden in overleg bij overschrijding van 25%." },
        { id: 'woz-09', kader: 'centrale-uitgang', text: "Corporaties stellen voor de uitstroom uit instellingen woningen beschikbaar aan de Centrale Uitgang conform het regionaal afgesproken percentage van 5% van de vrijkomende woningen. Partijen treden in overleg als wordt gesignaleerd dat dit niet wordt gehaald." },
        { kader: 'housing-first', emptyRow: true }, // the signed document has an empty row here (row 10)
        { id: 'woz-11', kader: 'housing-first', text: "Gemeente en Omnia Wonen realiseren 8 maatwerkwoningen aan de Parallelweg." },
        { id: 'woz-13', kader: 'woonzorgvisie', text: "De gemeente stelt een Woonzorgvisie op en betreft hierbij de corporaties, huurdersorganisaties en zorgorganisaties." },
        { id: 'woz-14', kader: 'prestatieafspraken-wonen-zorg', text: "Na vaststelling van de woonzorgvisie stellen we een overeenkomst op waar concrete (werk)afspraken tussen gemeente, woningcorporaties en zorgpartijen in worden opgenomen." },
        { id: 'woz-15', kader: 'wmo-convenant', text: "Partijen werken conform afspraken uit het in 2023 vastgestelde WMO convenant." },
      ],
    },
    leefbaarheid: {
      intro: `We willen dat onze huurders en inwoners in een prettige en gezonde leefomgeving wonen. Gemengde wijken zijn sterke wijken omdat daar een goede mix is tussen 'draggers en vragers'. Mensen die hulp nodig hebben *en* mensen die hulp kunnen geven. In het thema leefbaarheid maken we afspraken om in de wijken en in het dorp Hierden, te sturen op een goede balans. In een leefbare buurt gaan mensen respectvol met elkaar en met hun woonomgeving om. Dat is niet altijd vanzelfsprekend. Niet iedereen kan daar maximaal aan bijdragen. We maken daarom afspraken om tijdig te kunnen reageren op signalen. Ook gaan we gezamenlijk aan de slag om te bepalen wat er nodig is om onze wijken op de lange termijn leefbaar te houden. De gemeente neemt het initiatief om tot gebiedsvisies te komen ter uitwerking van de gemeentelijke Omgevingsvisie. Dat is een samenspel tussen de woningen, bewoners, omgeving en gedrag. Waar dat nodig is trekken we samen op en betrekken elkaar tijdig bij (complexe) cases.`,
      afspraken: [
        { id: 'lee-01', kader: 'voorkomen-concentratie-kwetsbare-bewoners', text: "Woningcorporaties onderzoeken of de veerkrachtkarten van Aedes behulpzaam kunnen zijn bij het in kaart brengen van kwetsbare bewoners in wijken en buurten." },
        { id: 'lee-02', kader: 'voorkomen-concentratie-kwetsbare-bewoners', text: "Uwoon en Omnia Wonen voeren in enkele wijken intakegesprekken met aspirant-huurders om de concentratie van kwetsbare inwoners in wijken te voorkomen. Uwoon doet dit in de vorm van een experiment 'Bewoner in beeld'." },
        { id: 'lee-03', kader: 'gebiedsgericht-overzicht', text: "Er is behoefte aan één aanspreekpunt/loket waar de corporaties terecht kunnen inzake leefbaarheidskwesaties. In 2024 gaan gemeente en corporaties bepalen welke stappen hierin gezet kunnen worden." },
        { id: 'lee-04', kader: 'gebiedsgericht-overzicht', text: "Gemeente implementeert in 2024 de aanpak voor het voorkomen van escalatie (AVE) bij complexe overlastcasussen." },
        { id: 'lee-05', kader: 'gebiedsgericht-overzicht', text: "In 2024 onderzoeken gemeente en corporaties samen of er wat betreft de aanpak van overlastsituaties en woonfraude nog leemtes bestaan en hoe die kunnen worden ingevuld." },
        { id: 'lee-06', kader: 'gebiedsgericht-overzicht', text: "De gemeente financiert de procesregisseur die betrokken is bij de persoonsgerichte aanpak (PGA)." },
        { id: 'lee-07', kader: 'schoon-heel-veilig', text: "In 2024 start de gemeente met een brede gebiedsgerichte aanpak voor twee wijken en betreft de corporaties en huurders hierbij." },
        { id: 'lee-08', kader: 'buurtbemiddeling-hennep-samen-aan-zet', text: "Woningcorporaties en gemeente dragen financieel bij aan buurtbemiddeling. Dit is een vast onderdeel in de overlastprocedure." },
        { id: 'lee-09', kader: 'buurtbemiddeling-hennep-samen-aan-zet', text: "Woningcorporaties nemen op uitnodiging deel aan de tafel 'samen aan zet'." },
        { id: 'lee-10', kader: 'bewonersinitiatieven', text: "Wijkmanagers (gemeente) en wijkbeheerders weten elkaar te vinden." },
        { id: 'lee-11', kader: 'bewonersinitiatieven', text: "Omnia Wonen evalueert in 2024 het project 'Krachtige Kleurrijke Hofdijkflat'." },
      ],
    },
    samenwerking: {
      intro: `De gemeente Harderwijk, de corporaties en de huurdersorganisaties werken met elkaar samen om huurders en toekomstige huurders op de beste manier van dienst te zijn. Het gezamenlijke belang staat centraal, de maatschappelijke opgave voorop. De gemeente en de corporaties zien de meerwaarde van een hechte samenwerkingsrelatie en investeren in deze relatie op alle niveaus. Er wordt nadrukkelijk invulling gegeven aan de rol van de corporaties als hofleverancier van langjarige beschikbaarheid van de sociale woningvoorraad. We zien daarbij kansen voor het optimaliseren van processen zodat samenwerking in alle fasen van een ontwikkeling nog meer een vanzelfsprekendheid wordt.`,
      afspraken: [
        { id: 'sam-01', kader: 'optimaliseren-samenwerkingsprocessen', text: "Gemeente, woningcorporaties en huurders organiseren een keer per jaar een informatieavond voor raadsleden." },
        { id: 'sam-02', kader: 'optimaliseren-samenwerkingsprocessen', text: "Gemeente en woningcorporaties hebben in het kader van de productieafspraken een continue dialoog over de (voortgang van de) nieuwbouwopgave." },
        { id: 'sam-03', kader: 'herijken-kpis', text: "De gemeente is gestart met de voorbereiding van de nieuwe huisvestingsverordening en betreft hierbij huurders en woningcorporaties. In 2024 wordt de bestaande verordening verlengd." },
        { id: 'sam-04', kader: 'volgorde-prioritaire-doelgroepen', text: "In de (nieuwe) huisvestingsverordening bepalen partijen de volgorde van de prioritaire doelgroepen." },
        { id: 'sam-05', kader: 'ambassadeurschap-huurdersorganisaties', text: "Waar nodig betrekken woningcorporaties en gemeente de huurders bij projecten. In Stadsdennen nemen de huurders in 2024 deel aan gesprekken over groot onderhoud." },
        { id: 'sam-06', kader: 'woningmarktonderzoeken', text: "In 2024 dragen partijen bij aan een (provinciale) analyse wonen en zorg." },
        { id: 'sam-07', kader: 'ruimtelijke-visie', text: "De gemeente stelt in 2024 een volkshuisvestelijk programma vast en betreft hierbij woningcorporaties en huurders." },
        { id: 'sam-08', kader: 'opdrachtgeverschap-prestatieafspraken', text: "Partijen geven gezamenlijk uitvoering aan het opstellen en monitoren van prestatieafspraken." },
        { id: 'sam-09', kader: 'elkaar-tijdig-informeren', text: "Gemeente en woningcorporaties informeren en betrekken elkaar bij tijdig bij relevante ontwikkelingen en activiteiten en blijven in gesprek over realisatie en belemmeringen in de realisatie van de woonopgave." },
      ],
    },
    productieafspraken: {
      layout: 'afspraken',
      title: 'productieafspraken',
      intro: `De productieafspraken zijn geen apart thema in de raamovereenkomst. Vanaf deze jaarschijf benoemen we ze als thema om aan te geven dat het belangrijk is om, in continue samenwerking, aan de slag te gaan met de nieuwbouwoopgave. Bij de productieafspraken hoort een overzicht van te realiseren woningbouwplannen. Gemeente en woningcorporaties zijn voortdurend met elkaar in gesprek over de bouwoopgave en zoeken en benutten kansen waar dat opportuun is. In de productieafspraken leggen we de basisregels hiervoor vast. Onder andere de sturing op minimaal 30% sociale huur in de nieuwbouw en inzet van instrumentarium om te kunnen versnellen en knelpunten weg te nemen.`,
      afspraken: [
        { id: 'pro-01', text: "Dit addendum bevat als bijlage een overzicht (kwalitatief en kwantitatief) van de nieuwbouwoopgave die partijen van plan zijn te realiseren in de periode 2022-2030 (ook de reeds gerealiseerde woningen worden opgenomen vanaf 2020).", toelichting: "Startpunt is 2020 (conform onderliggende woningbouwprognose).", gereed: "Het projectoverzicht wordt jaarlijks geactualiseerd." },
        { id: 'pro-02', text: "De woningcorporaties hanteren als vertrekpunt een verdeling van 60/40 van de opgave. Waarbij UWOON ongeveer 60% van de nieuwbouwoopgave voor haar rekening neemt en Omnia Wonen 40%.", toelichting: "In overleg met elkaar geven partijen uitvoering aan deze verdeling waarbij verschuivingen bespreekbaar zijn. Per ontwikkeling/locatie wordt besproken welke woningcorporatie het beste het voortouw kan nemen.", gereed: "Doorlopend" },
        { id: 'pro-03', text: "We breiden de sociale huurwoningvoorraad in de gemeente Harderwijk tot en met 2030 uit met 1.000 tot 1.300 woningen. Afname van de voorraad door verkoop, liberalisatie of sloop worden via nieuwbouw gecompenseerd.", toelichting: "De projecten die bijdragen aan de uitbreiding van de voorraad sociale huurwoningen zijn opgenomen in bijlage 1 bij deze afspraken. Dit overzicht wordt periodiek geactualiseerd. De raamovereenkomst heeft als opgave 1.000 woningen. In de Woondeal regio Noord Veluwe zijn 1331 woningen opgenomen (bruto toevoeging). We hanteren daarom een bandbreedte.", gereed: "Doorlopend" },
        { id: 'pro-04', text: "Partijen gaan in 2024 in gesprek om, met een kaart op tafel, te komen tot een prioritering van projecten. Hiermee willen partijen focus aanbrengen in de opgave en mensen en middelen zo effectief mogelijk kunnen inzetten.", trekker: ['woningcorporaties', 'gemeente'], gereed: "Q1 2024" },
        { id: 'pro-05', text: "Partijen sturen op een evenwichtige verdeling van de nieuwbouwoopgave over de gemeente waarbij zowel uitbreidingslocaties als inbreidingslocaties bijdragen aan de opgave.", gereed: "Doorlopend" },
        { id: 'pro-06', text: "Woningcorporaties en gemeente nemen beide een actieve rol in het verwerven van locaties met het oog op het realiseren van sociale huur en de gemeente zet instrumenten in om hen te helpen in deze opgave.", toelichting: "Partijen vinden het belangrijk dat ieder zijn mogelijkheden benut om locaties te verwerven voor de realisatie van sociale huurwoningen. De gemeente zet haar bestaande instrumentarium in en brengt in beeld hoe zij de woningcorporaties hier effectief in kan faciliteren om hun concurrentiepositie te verbeteren. Bijvoorbeeld door actief grondbeleid. Als partijen een kansrijke locatie zien dan informeren zij elkaar hier actief over. Waar nodig kan dan overleg plaatsvinden of kunnen afspraken worden gemaakt.", trekker: ['woningcorporaties', 'gemeente'], gereed: "Doorlopend" },
        { id: 'pro-07', text: "De gemeente zet in op de realisatie van gemiddeld 30% sociale huur op nieuwbouwlocaties (inbreiding, uitbreiding en transformatie) door (waar mogelijk) het inzetten van de doelgroepenverordening, huisvestingsverordening, sturing via bestemmingsplannen en het vastleggen van afspraken in anterieure overeenkomsten en brengt de woningcorporaties tijdig in positie.", toelichting: "Niet elk project moet of kan bestaan uit 30% sociale huur. Minder maar ook meer kan passend zijn. 30% geldt voor het totaal aan woningbouwlocaties die in de gemeente Harderwijk tot ontwikkeling komen. De gewenste verhouding sociaal is afhankelijk van de wijk/kern. De herziening van de huisvestingsverordening benutten we ook om dit te borgen. De mate waarin sturing mogelijk is varieert per locatie.", trekker: ['gemeente'], gereed: "Doorlopend" },
        { id: 'pro-08', text: "Partijen onderzoeken welk instrumentarium kan bijdragen aan het verbinden van alle ontwikkelende partijen in de gemeente Harderwijk aan de volkshuisvestelijke opgave en het versnellen van de realisatie van sociale huurwoningen.", toelichting: "Omdat het niet haalbaar of wenselijk is dat elk project ten minste 30% sociale huur bevat onderzoekt de gemeente welk instrumentarium (bijv. een vereveningsfonds) een rol kan spelen in het verbinden van andere ontwikkelende partijen aan de volkshuisvestelijke opgave. De gemeente stelt een Woonfonds in dat financieel de realisatie van sociale huurwoningen stimuleert.", trekker: ['gemeente'], gereed: "Q2 2024" },
        { id: 'pro-09', text: "Indien woningcorporaties op bepaalde locaties, gemotiveerd, geen bijdrage kunnen leveren kunnen marktpartijen een rol spelen. Daar liggen dan duidelijke afspraken onder met betrekking tot de instandhoudingstermijn, kwaliteit, doelgroep en prijs. Bijvoorbeeld bij kleine locaties en locaties waar de gemeente en/of de woningcorporatie geen positie hebben", trekker: ['gemeente'], gereed: "Doorlopend" },
        { id: 'pro-10', text: "De gemeente borgt de opgave sociale huur in de woonvisie/volkshuisvestelijk programma", toelichting: "Het nieuwe programma volkshuisvesting (voorheen woonvisie) is naar verwachting door de raad vastgesteld in Q2 2024.", trekker: ['gemeente'], gereed: "Q2 2024" },
        { id: 'pro-11', text: "De gemeente Harderwijk hanteert een doelgroepenverordening waarmee wordt afgesproken dat sociale huurwoningen een instandhoudingstermijn hebben en gaat in beeld brengen hoe de doelgroepenverordening effectief/effectiever kan worden ingezet.", toelichting: "Zoals besproken bij punt 9, onderzoeken of de doelgroepenverordening beter kan worden gehandhaafd of moet worden aangepast.", trekker: ['gemeente'], gereed: "Q1 2024" },
        { id: 'pro-12', text: "Nieuwe sociale huurwoningen zijn bij voorkeur woningen die flexibel inzetbaar zijn: woningen die dus voor meerdere doelgroepen inzetbaar zijn. Partijen denken daarbij vooral aan 3-kamer woningen.", trekker: ['woningcorporaties'] },
        { id: 'pro-13', text: "Er vindt periodiek een overleg plaats over de voortgang van de nieuwbouwpoging op ambtelijk niveau tussen betrokkenen vanuit de gemeente Harderwijk (beleid wonen, projectmanagement) en de woningcorporaties (asset-managers). Daarin wordt de voortgang bewaakt en worden knelpunten besproken zodat hierop tijdig geacteerd kan worden.", toelichting: "Gesprekken vinden plaats tweejaarlijks plaats rond 1 april en rond 1 oktober. Waar nodig gaan partijen tussentijds met elkaar het gesprek aan.", trekker: ['gemeente'], gereed: "Doorlopend" },
        { id: 'pro-14', text: "Eenmaal per jaar, uiterlijk 15 december, worden deze afspraken ter uitvoering van de raamovereenkomst en de regionale Woondeal indien nodig aangepast of aangevuld (gelijktijdig met de jaarlijkse cyclus prestatieafspraken)", gereed: "Doorlopend" },
        { id: 'pro-15', text: "Halverwege de looptijd van de productieafspraken ter uitvoering van de raamovereenkomst en de regionale Woondeal, medio 2025, wordt de uitvoering geëvalueerd." },
        { id: 'pro-16', text: "Gemeente en woningcorporaties houden een nieuwbouwmonitor bij om de voortgang te bewaken en bespreken deze in periodiek overleg en minimaal eenmaal per jaar in bestuurlijk overleg.", gereed: "Doorlopend" },
      ],
    },
  },
  signing: {
    place: 'Harderwijk',
    date: '2023-12-12',
    signatories: [
      { name: 'E. Enklaar', role: 'wethouder', party: 'harderwijk' },
      { name: 'F.G. Imming', role: 'directeur-bestuurder', party: 'uwoon' },
      { name: 'P.J.W. Toonen', role: 'directeur-bestuurder', party: 'omnia-wonen' },
      { name: 'H. Scholten', role: 'voorzitter', party: 'woonwijs' },
      { name: 'R.Y. Schuijl - Gerritsen', role: 'bestuurslid', party: 'show' },
    ],
  },
});
