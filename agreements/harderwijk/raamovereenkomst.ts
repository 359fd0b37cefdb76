import { defineRaamovereenkomst } from 'jaarschijf';

export default defineRaamovereenkomst({
  id: 'harderwijk-sociale-huur-2022-2026',
  title: 'Raamovereenkomst sociale huur 2022-2026',
  gemeente: 'Harderwijk',
  period: { from: 2022, to: 2026 },
  parties: {
    harderwijk: { name: 'gemeente Harderwijk', shortName: 'gemeente Harderwijk', kind: 'gemeente', logo: 'logos/gemeente-harderwijk.svg' },
    uwoon: { name: 'Stichting Uwoon', shortName: 'Uwoon', kind: 'woningcorporatie', logo: 'logos/uwoon.svg' },
    'omnia-wonen': { name: 'Stichting Omnia Wonen', shortName: 'Omnia Wonen', kind: 'woningcorporatie', logo: 'logos/omnia-wonen.svg' },
    woonwijs: { name: 'Stichting Huurdersraad Woonwijs', shortName: 'Woonwijs', kind: 'huurdersorganisatie', logo: 'logos/woonwijs.svg' },
    show: { name: 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)', shortName: 'SHOW', kind: 'huurdersorganisatie', logo: 'logos/show.svg' },
  },
  themes: {
    beschikbaarheid: {
      title: 'Beschikbaarheid',
      doelstellingen: {
        'woonperspectief-starters': {
          text: "Het vergroten van het woonperspectief voor starters, alleenstaanden en kleine huishoudens.",
          kaderafspraken: {
            uitvoeringsagenda: "De gemeente actualiseert de Uitvoeringsagenda op basis van het WBO 2021.",
          },
        },
        'versnellen-beschikbaarheid': {
          text: "Het versnellen van de beschikbaarheid van voldoende betaalbare huurwoningen.",
          kaderafspraken: {
            'realisatie-1000-woningen': "De gemeente en corporaties committeren zich aan de realisatie van 1.000 sociale huurwoningen tot 2030. Prioriteit ligt bij nieuwbouw voor kleine huishoudens.",
          },
        },
        'borgen-voorraad-betaalbare-huur': {
          text: "Het langjarig borgen van de voorraad betaalbare huurwoningen.",
          kaderafspraken: {
            'primaat-corporaties-sociale-woningbouw': "Het primaat van sociale woningbouw ligt bij de corporaties en de corporaties zijn hofleverancier voor sociale verhuur.",
          },
        },
        'eerlijk-verdelen-schaarste': {
          text: "Het eerlijk verdelen van de schaarste.",
          kaderafspraken: {
            'monitoring-slaagkansen': "Slaagkansverhoudingen worden per inkomensgroep gemonitord. We komen tot een nieuwe set aan KPI's (kritische prestatie indicatoren) voor monitoring.",
          },
        },
        'bevorderen-doorstroming': {
          text: "Het stimuleren en bevorderen van de doorstroming.",
          kaderafspraken: {
            'instrumenten-doorstroom': "Wij benutten kansen en experimenteren met instrumenten die doorstroom faciliteren. Wij onderzoeken onorthodoxe oplossingen voor woonruimte voor starters.",
          },
        },
        'woonperspectief-lage-middeninkomens': {
          text: "Het vergroten van het woonperspectief voor huishoudens met een laag middeninkomen.",
          kaderafspraken: {
            'toegang-inkomen-tot-50000': "Huishoudens met een inkomen tot € 50.000 hebben toegang tot de sociale huurvoorraad, rekening houdend met de criteria voor passend toewijzen.",
          },
        },
        // The document lists this doelstelling twice (see 'versnellen-beschikbaarheid'): the raamovereenkomst splits focus- and basisafspraken.
        'versnellen-beschikbaarheid-ondersteuning': {
          text: "Het versnellen van de beschikbaarheid van voldoende betaalbare huurwoningen.",
          kaderafspraken: {
            'ondersteuning-nieuwbouwopgave': "De gemeente ondersteunt de corporaties bij het realiseren van de afgesproken nieuwbouwopgave.",
            'voorrang-verkoop-corporatiewoning': "Huurders die een sociale huurwoning achterlaten, hebben voorrang bij verkoop corporatiewoning.",
          },
        },
      },
    },
    betaalbaarheid: {
      title: 'Betaalbaarheid',
      doelstellingen: {
        'woonlasten-betaalbaar': {
          text: "We houden de woonlasten betaalbaar.",
          kaderafspraken: {
            'gematigd-streefhuurbeleid': "De woningcorporaties kiezen voor een gematigd streefhuurbeleid.",
            'inkomensafhankelijke-huurverhoging': "De woningcorporaties passen inkomensafhankelijke huurverhoging toe.",
            'betaalbare-gemeentelijke-belastingen': "De gemeente draagt zorg voor betaalbare gemeentelijke belastingen.",
          },
        },
        'woningvoorraad-optimaal-benutten': {
          text: "We benutten de woningvoorraad optimaal.",
          kaderafspraken: {
            'passend-toewijzen': "Woningcorporaties wijzen woningen passend toe op basis van inkomen en huishoudensgrootte.",
          },
        },
        bestaanszekerheid: {
          text: "We willen dat er voor iedere inwoner van de gemeente Harderwijk bestaanszekerheid is.",
          kaderafspraken: {
            'nota-bestaanszekerheid': "De gemeente geeft uitvoering aan de Nota bestaanszekerheid 2021-2024.",
          },
        },
        'voorkomen-betaalachterstanden': {
          text: "We voorkomen betaalachterstanden.",
          kaderafspraken: {
            'preventie-huurachterstanden': "Partijen zetten blijvend in op preventie en vroegtijdige signalering van huurachterstanden.",
            woonlastentool: "Woningcorporaties implementeren een woonlastentool op hurennoordveluwe.nl waardoor huurders vooraf een indicatie van de woonlasten krijgen.",
            'wijzen-op-inkomensondersteuning': "Partijen wijzen huishoudens via hun eigen kanalen op de mogelijkheid voor inkomensondersteuning (huurtoeslag, zorgtoeslag, vrijstelling gem. heffingen, bijzondere bijstand).",
            'betaalachterstanden-eerste-verhuring': "We voorkomen betaalachterstanden bij eerste verhuring.",
          },
        },
      },
    },
    duurzaamheid: {
      title: 'Duurzaamheid en kwaliteit',
      doelstellingen: {
        'betaalbaarheid-en-duurzaamheidsdoelstellingen': {
          text: "Afspraken in het kader van betaalbaarheid en in het kader van algemene duurzaamheidsdoelstellingen.",
          kaderafspraken: {
            'convenant-duurzaamheid': "We realiseren een convenant duurzaamheid.",
            'noodzakelijke-energetische-maatregelen': "Woningcorporaties beperken zich tot de noodzakelijke energetische maatregelen.",
          },
        },
        binnenklimaat: {
          text: "Verbeteren van het binnenklimaat in woningen.",
          kaderafspraken: {
            'energiezuinig-woongedrag': "We activeren en stimuleren bewoners op het gebied van energiezuinig woongedrag en een gezond binnenklimaat.",
          },
        },
        'vergroening-wijken': {
          text: "Vergroening van wijken.",
          kaderafspraken: {
            'tuinen-vergroenen': "We activeren en stimuleren bewoners om tuinen te vergroenen.",
          },
        },
        'kwaliteit-bestaande-stad': {
          text: "Het op peil houden van de kwaliteit van de bestaande stad.",
          kaderafspraken: {
            'plannen-sloop-renovatie': "Woningcorporaties geven jaarlijks inzicht in plannen voor sloop, renovatie en vervangende nieuwbouw?",
          },
        },
        'draagvlak-bestaande-stad': {
          text: "Versterken van de kwaliteit van plannen en het vergroten van draagvlak voor maatregelen in de bestaande stad.",
          kaderafspraken: {
            'participatie-bewoners-projecten': "We zetten participatie in en vroeg stadium van projecten in en houden bewoners betrokken gedurende het proces.",
          },
        },
        'aardgasverbruik-verlagen': {
          text: "Het aardgasverbruik verlagen en de co2-uitstoot reduceren.",
          kaderafspraken: {
            'aardgasvrij-wonen-harderwijk': "We werken samen in de stuurgroep en projectgroep Aardgasvrij wonen Harderwijk",
            'praktische-oplossingen': "Partijen zoeken gezamenlijk naar praktische uitvoerbare oplossingen met lage maatschappelijke kosten.",
            subsidiemogelijkheden: "Woningcorporaties willen zoveel als mogelijk gebruik maken van subsidiemogelijkheden. Gemeente ondersteunt woningcorporaties / werkt mee bij aanvraag.",
          },
        },
        'bewustwording-bewoners': {
          text: "Verbeteren van de bewustwording en eigen verantwoordelijkheid van bewoners.",
          kaderafspraken: {
            'energiebesparende-maatregelen': "We besteden aandacht aan energiebesparende maatregelen in huis.",
            'prioriteit-woonlasten-verduurzaming': "Partijen geven prioriteit aan duurzaamheidsmaatregelen die woonlasten betaalbaar houden of verminderen",
          },
        },
      },
    },
    zorg: {
      title: 'Wonen, zorg en aandachtsgroepen',
      doelstellingen: {
        'woningen-permanente-woonvraag': {
          text: "Beschikbaarheid van voldoende woningen voor mensen met een permanente woonvraag.",
          kaderafspraken: {
            'permanente-woonbehoefte': "Wij richten de inspanningen op de permanente woonbehoefte.",
          },
        },
        'evenwichtige-verdeling-taakstelling': {
          text: "Een evenwichtige verdeling van de realisatie van de taakstelling.",
          kaderafspraken: {
            'alternatieve-huisvesting-statushouders': "Wij zoeken alternatieve mogelijkheden van huisvesting van statushouders.",
          },
        },
        'flexibele-schil': {
          text: "Het creëren van een flexibele schil voor het opvangen van de huidige piek.",
          kaderafspraken: {
            'buffercapaciteit-azc': "Wij geven invulling aan de buffercapaciteit AZC.",
          },
        },
        'tijdig-huisvesten-statushouders': {
          text: "Het tijdig huisvesten van statushouders conform de taakstelling en de criteria.",
          kaderafspraken: {
            'statushouders-naar-rato-bezit': "Huisvesting van statushouders worden naar rato van bezit verdeeld over de in Harderwijk werkzame corporaties.",
          },
        },
        'langjarige-woonoplossingen': {
          text: "Het bieden van langjarige woonoplossingen voor permanente woonvragen.",
          kaderafspraken: {
            'huisvesting-arbeidsmigranten': "Huisvesting van arbeidsmigranten met een permanente woonvraag geven wij prioriteit boven investeren in tijdelijke huisvesting.",
          },
        },
        'voorkomen-verdringing': {
          text: "Het voorkomen van verdringing van reguliere woningzoekenden.",
          kaderafspraken: {
            'maximaal-25-procent-bemiddelingsmodel': "Maximaal 25% van de vrijkomende woningen wordt via het bemiddelingsmodel toegewezen aan bijzondere doelgroepen.",
          },
        },
        'regionale-verdeling-uitstroom': {
          text: "Een eerlijke regionale verdeling van uitstroom uit maatschappelijke opvang.",
          kaderafspraken: {
            'centrale-uitgang': "We werken samen met de Centrale Uitgang conform de afspraken over regionale spreiding.",
            'housing-first': "We continueren de afspraken rond het project Housing First",
          },
        },
        'behoefte-in-kaart': {
          text: "Het in kaart brengen van de kwantitatieve en kwalitatieve behoefte.",
          kaderafspraken: {
            'analyse-lokale-opgave': "De gemeente analyseert de lokale opgave.",
          },
        },
        'visie-wonen-zorg': {
          text: "Het gezamenlijk met partijen komen tot een visie en ambitie op het thema Wonen & Zorg.",
          kaderafspraken: {
            woonzorgvisie: "De gemeente realiseert en geeft uitvoering aan een .Woonzorgvisie en betreft daarbij de relevante partijen",
          },
        },
        'uitvoering-visie-wonen-zorg': {
          text: "Het concreet uitvoering geven aan de visie en ambitie op het thema Wonen & Zorg.",
          kaderafspraken: {
            'prestatieafspraken-wonen-zorg': "Op basis van de Woonzorgvisie worden prestatieafspraken gemaakt tussen gemeente, corporaties en zorgpartijen.",
          },
        },
        'doelmatig-maatschappelijk-geld': {
          text: "Duidelijkheid over mogelijkheden en het doelmatig besteden van maatschappelijk geld.",
          kaderafspraken: {
            'wmo-convenant': "De gemeente realiseert een WMO-convenant.",
          },
        },
      },
    },
    leefbaarheid: {
      title: 'Leefbaarheid',
      doelstellingen: {
        'balans-dragende-vragende-inwoners': {
          text: "Een goede balans tussen dragende en vragende inwoners",
          kaderafspraken: {
            'voorkomen-concentratie-kwetsbare-bewoners': "Partijen zetten zich in om een concentratie van kwetsbare bewoners in wijken en buurten te voorkomen",
          },
        },
        'voorkomen-leefbaarheidsproblemen': {
          text: "We voorkomen leefbaarheidsproblemen.",
          kaderafspraken: {
            'gebiedsgericht-overzicht': "We versterken het gebiedsgerichte overzicht. De gemeente neemt de regie bij complexe cases en is de verbindende schakel tussen partijen.",
          },
        },
        'wijken-leefbaar': {
          text: "We houden wijken leefbaar.",
          kaderafspraken: {
            'schoon-heel-veilig': "Schoon, heel en veilig is het basisuitgangspunt voor wijken en buurten.",
            'buurtbemiddeling-hennep-samen-aan-zet': "We continueren samenwerking met Zorgdat (buurtbemiddeling), bestrijden hennepsteelt (hennepconvenant) en tafel 'samen aan zet'.",
          },
        },
        'betrokkenheid-bewoners': {
          text: "We bevorderen betrokkenheid en eigen verantwoordelijkheid van bewoners",
          kaderafspraken: {
            bewonersinitiatieven: "We ondersteunen actief bewonersinitiatieven.",
          },
        },
      },
    },
    samenwerking: {
      title: 'Samenwerking',
      doelstellingen: {
        'stad-en-inwoners-van-dienst': {
          text: "We zijn de stad en haar inwoners op de best mogelijke manier van dienst",
          kaderafspraken: {
            'optimaliseren-samenwerkingsprocessen': "Partijen optimaliseren de samenwerkingsprocessen en de daarbij horende rollen en verantwoordelijkheden.",
          },
        },
        'maatschappelijke-opgave-oppakken': {
          text: "We pakken gezamenlijk de maatschappelijke opgave op.",
          kaderafspraken: {
            'herijken-kpis': "We herijken op welke KPI's we willen sturen.",
            'volgorde-prioritaire-doelgroepen': "We bepalen de volgorde van prioritaire doelgroepen.",
          },
        },
        'deelname-huurders': {
          text: "We stimuleren en bevorderen deelname van huurders aan maatregelen.",
          kaderafspraken: {
            'ambassadeurschap-huurdersorganisaties': "We versterken het ambassadeurschap van de huurdersorganisaties.",
          },
        },
        'inzicht-maatschappelijke-opgave': {
          text: "Inzicht in de maatschappelijke opgave.",
          kaderafspraken: {
            woningmarktonderzoeken: "We voeren gezamenlijk (woningmarkt)onderzoeken uit.",
            'ruimtelijke-visie': "De gemeente formuleert een ruimtelijke visie en betreft hierbij de woningcorporaties.",
          },
        },
        'gelijkwaardige-samenwerking': {
          text: "Gelijkwaardige samenwerking.",
          kaderafspraken: {
            'opdrachtgeverschap-prestatieafspraken': "Gezamenlijk opdrachtgeverschap voor het opstellen en monitoren van prestatieafspraken.",
          },
        },
        'gezamenlijkheid-maatschappelijke-opgave': {
          text: "Gezamenlijkheid in de maatschappelijke opgave.",
          kaderafspraken: {
            'elkaar-tijdig-informeren': "Gemeente en woningcorporaties informeren en betrekken elkaar bij tijdig bij relevante ontwikkelingen en activiteiten en blijven in gesprek over realisatie en belemmeringen in de realisatie van de woonopgave.",
          },
        },
      },
    },
  },
});
