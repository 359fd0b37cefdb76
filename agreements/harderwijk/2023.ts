// Jaarschijf 2023, reconstructed from the 2023 column of the signed jaarschijf 2024; its introduction and signing block are not known.
import { defineJaarschijf } from 'jaarschijf';
import raamovereenkomst from './raamovereenkomst.ts';

export default defineJaarschijf(raamovereenkomst, {
  year: 2023,
  themes: {
    beschikbaarheid: {
      afspraken: [
        { id: 'bes-01', kader: 'uitvoeringsagenda', text: "In 2023 start de gemeente met het opstellen van een nieuwe woonvisie en uitvoeringsagenda. De woningcorporaties en huurdersorganisaties worden betrokken bij het opstellen." },
        { id: 'bes-02', kader: 'realisatie-1000-woningen', text: "De corporaties maken de nieuwbouwplanning concreet." },
        { id: 'bes-03', kader: 'realisatie-1000-woningen', text: "Gemeente en corporaties hebben productieafspraken gemaakt en onderzoeken de ruimtelijke mogelijkheden." },
        { id: 'bes-06', kader: 'primaat-corporaties-sociale-woningbouw', text: "We monitoren de voortgang van de gemaakte productieafspraken. Dit wordt besproken in het BO." },
        { id: 'bes-08', kader: 'monitoring-slaagkansen', text: "De corporaties monitoren gelijke slaagkansen per inkomensgroep en sturen op +/- 5%." },
        { id: 'bes-09', kader: 'monitoring-slaagkansen', text: "Max. 10% van de mutaties wordt toegewezen op basis van loting." },
        { id: 'bes-11', kader: 'instrumenten-doorstroom', text: "We werken nauw samen met de verhuiscoach van de provincie Gelderland om doorstroming van senioren te bevorderen. We willen de doorstroomvoorrang ook inzetten bij eventuele nieuwbouwprojecten. Onderzoek mogelijkheden voorrang voor sociale huurders bij nieuwbouw goedkope koop" },
        { id: 'bes-12', kader: 'instrumenten-doorstroom', text: "Corporaties ondersteunen woningruil." },
        { id: 'bes-13', kader: 'toegang-inkomen-tot-50000', text: "Tenminste 85% van de vrijkomende sociale huurwoningen (huurprijs tot liberalisatiegrens) wordt toegewezen aan de corporatiedoelgroepen. Max. 15% van de vrijkomende woningen wordt toegewezen aan middeninkomens en huishoudens met problemen rond gezondheid, veiligheid, sociale factoren, overmacht of calamiteiten." },
        { id: 'bes-14', kader: 'ondersteuning-nieuwbouwopgave', text: "De gemeente continueert de stimuleringsbijdrage De gemeente spant zich in voor optimalisatie van procedures." },
        { id: 'bes-17', kader: 'voorrang-verkoop-corporatiewoning', text: "Nu is de afspraak alleen bij eigen corporaties. Uwoon en Omnia Wonen kijken of ze hierin samen kunnen optrekken." },
      ],
    },
    betaalbaarheid: {
      afspraken: [
        { id: 'bet-03', kader: 'inkomensafhankelijke-huurverhoging', text: "Woningcorporaties stellen de jaarlijkse huurverhoging conform wetgeving vast. Deze is gekoppeld aan de CAO-loonontwikkeling. Woningcorporaties vragen geen huurverhoging voor isolerende maatregelen" },
        { id: 'bet-04', kader: 'betaalbare-gemeentelijke-belastingen', text: "De gemeente onderzoekt het betaalbaar houden van de afvalstofheffing voor de laagste inkomens. Besluitvorming verwacht in november 2022." },
        { id: 'bet-07', kader: 'nota-bestaanszekerheid', text: "De gemeente zorgt indien nodig voor budgetondersteuning in het kader van armoedebestrijding." },
        { id: 'bet-11', kader: 'betaalachterstanden-eerste-verhuring', text: "De gemeente spant zich in voor een optimaal proces van tijdige toekenning van uitkeringen." },
      ],
    },
    duurzaamheid: {
      afspraken: [
        { id: 'duu-01', kader: 'convenant-duurzaamheid', text: "Het maken van een startdocument op basis van concrete uitgangspunten." },
        { id: 'duu-06', kader: 'energiezuinig-woongedrag', text: "We onderzoeken de mogelijkheid voor een bewustwordingscampagne over een gezond binnenklimaat in de woningen." },
        { id: 'duu-07', kader: 'tuinen-vergroenen', text: "Gemeente doet mee aan NK tegelwippen en stelt stimuleringsregeling beschikbaar." },
        { id: 'duu-11', kader: 'aardgasvrij-wonen-harderwijk', text: "Gemeente betreft woningcorporaties actief bij het opstellen van wijkuitvoeringsplannen." },
        { id: 'duu-14', kader: 'energiebesparende-maatregelen', text: "Energiecoaching door interne vakmedewerkers of doorverwijzing naar Veluwe Duurzaam." },
        { id: 'duu-15', kader: 'prioriteit-woonlasten-verduurzaming', text: "We leggen concrete afspraken over duurzaamheid vast in een duurzaamheidsconvenant. Vanuit het project aardgasvrij wonen Harderwijk wordt een projectgroep energiearmoede opgezet." },
      ],
    },
    zorg: {
      afspraken: [
        { id: 'woz-01', kader: 'permanente-woonbehoefte', text: "In 2023 start de gemeente met het opstellen van een nieuwe woonvisie en een woon-zorgvisie. Hierbij worden de corporaties en huurdersorganisaties betrokken." },
        { id: 'woz-02', kader: 'alternatieve-huisvesting-statushouders', text: "De handreiking van BZK vertalen naar mogelijkheden voor Harderwijk. Gemeente maakt een globale verkenning op basis van scenario's." },
        { id: 'woz-06', kader: 'statushouders-naar-rato-bezit', text: "De gemeente zoekt naar alternatieve mogelijkheden voor de huisvesting van statushouders buiten de corporaties om. Gemeente maakt een globale verkenning op basis van scenario's." },
        { id: 'woz-13', kader: 'woonzorgvisie', text: "De gemeente stelt een Woonzorgvisie op en betreft hierbij de corporaties, huurdersorganisaties en zorgorganisaties." },
        { id: 'woz-14', kader: 'prestatieafspraken-wonen-zorg', text: "Opstellen van een raamovereenkomst Wonen & Zorg met een jaarafpraak 2024." },
        { id: 'woz-15', kader: 'wmo-convenant', text: "Partijen stellen gezamenlijk een convenant/afsprakenkader op." },
      ],
    },
    leefbaarheid: {
      afspraken: [
        { id: 'lee-01', kader: 'voorkomen-concentratie-kwetsbare-bewoners', text: "Onder de projectnaam 'microbuurtjes' brengt de gemeente de verdeling van kwetsbare bewoners in wijken in beeld." },
        { id: 'lee-03', kader: 'gebiedsgericht-overzicht', text: "Er is een interdisciplinaire gesprekstafel 'samen aan zet' waar leefbaarheidsissues worden besproken. Zowel gemeente als woningcorporaties nemen deel aan die gesprekstafel" },
        { id: 'lee-06', kader: 'gebiedsgericht-overzicht', text: "De gemeente financiert een casusadviseur wonen en zorg en veiligheid. Bij complexe cases kunnen woningcorporaties contact opnemen." },
        { id: 'lee-07', kader: 'schoon-heel-veilig', text: "De gemeente draagt zorg voor het openbaar gebied. De woningcorporaties dragen zorg voor de algemene ruimtes van complexen en het eigen grondgebied" },
        { id: 'lee-08', kader: 'buurtbemiddeling-hennep-samen-aan-zet', text: "Woningcorporaties en gemeente dragen financieel bij aan buurtbemiddeling en dit is een vast onderdeel in de overlastprocedure. Woningcorporaties nemen deel aan de tafel 'samen aan zet'." },
        { id: 'lee-10', kader: 'bewonersinitiatieven', text: "Wijkmanagers (gemeente) en wijkbeheerders weten elkaar te vinden." },
      ],
    },
    samenwerking: {
      afspraken: [
        { id: 'sam-01', kader: 'optimaliseren-samenwerkingsprocessen', text: "Tweemaal per jaar organiseert de gemeente een woonconferentie." },
        { id: 'sam-02', kader: 'optimaliseren-samenwerkingsprocessen', text: "Wij komen tot een voorstel voor vroegtijdige samenwerking in gebiedsontwikkeling" },
        { id: 'sam-03', kader: 'herijken-kpis', text: "De gemeente start met de voorbereiding van de nieuwe huisvestingsverordening en betreft hierbij huurders en woningcorporaties." },
        { id: 'sam-05', kader: 'ambassadeurschap-huurdersorganisaties', text: "Partijen verkennen of huurdersorganisaties een rol kunnen spelen bij doorstroomprojecten." },
        { id: 'sam-06', kader: 'woningmarktonderzoeken', text: "We dragen gezamenlijk bij aan regionaal onderzoek." },
        { id: 'sam-07', kader: 'ruimtelijke-visie', text: "Gemeente stelt een nieuwe woonvisie op en betreft hierbij de woningcorporaties." },
      ],
    },
  },
});
