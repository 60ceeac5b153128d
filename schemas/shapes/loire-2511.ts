// The project's SHACL shapes for Gaia-X Trust Framework 25.11 ("Loire") and the 25.11 class
// hierarchy, as data. Every constraint is taken from the official shapes
// (schemas/reference/gaia-x/loire-2511/shapes.ttl) and every subclass pair from ontology.ttl;
// README.md in this folder says which classes are covered and lists each deliberate difference.
// Generated once by a throw-away script, then reviewed like code. A TS module rather than a .ttl
// file so that tsx, vitest, tsc and wrangler's esbuild import it alike with no loader: the Turtle
// inside must therefore never hold a backtick or a dollar sign followed by a brace.

/** The Loire 25.11 namespace: the gx: prefix of the shapes and of `loireSubclasses`. */
export const LOIRE_NAMESPACE = 'https://w3id.org/gaia-x/2511#'

/**
 * Every `rdfs:subClassOf` pair of the 25.11 ontology, [subclass, superclass], as local names in
 * `LOIRE_NAMESPACE`. sh:targetClass and sh:class only see a subclass instance through these.
 */
export const loireSubclasses: readonly (readonly [string, string])[] = [
  ['AccessControlManagement', 'LegalDocument'],
  ['AssetsManagement', 'LegalDocument'],
  ['BusinessContinuityMeasures', 'LegalDocument'],
  ['ChangeAndConfigurationManagement', 'LegalDocument'],
  ['ComplianceAssurance', 'LegalDocument'],
  ['CopyrightAndIntellectualPropertyDocument', 'LegalDocument'],
  ['CustomerAuditingRights', 'LegalDocument'],
  ['CustomerDataAccessTerms', 'LegalDocument'],
  ['CustomerDataProcessingTerms', 'LegalDocument'],
  ['DataProtectionRegulationMeasures', 'LegalDocument'],
  ['DevelopmentCycleSecurity', 'LegalDocument'],
  ['DocumentChangeProcedures', 'LegalDocument'],
  ['EmployeeResponsibilities', 'LegalDocument'],
  ['EnvironmentalImpactReport', 'LegalDocument'],
  ['GovernmentInvestigationManagement', 'LegalDocument'],
  ['InformationSecurityOrganization', 'LegalDocument'],
  ['InformationSecurityPolicies', 'LegalDocument'],
  ['InformationSecurityRiskManagement', 'LegalDocument'],
  ['LegallyBindingAct', 'LegalDocument'],
  ['OperationalSecurity', 'LegalDocument'],
  ['PhysicalSecurity', 'LegalDocument'],
  ['ProcurementManagementSecurity', 'LegalDocument'],
  ['ProductSecurity', 'LegalDocument'],
  ['RoleAndResponsibilities', 'LegalDocument'],
  ['SecurityIncidentManagement', 'LegalDocument'],
  ['ServiceAgreementOffer', 'LegalDocument'],
  ['UserDocumentationMaintenance', 'LegalDocument'],
  ['Availability', 'QoSMetric'],
  ['BandWidth', 'QoSMetric'],
  ['IOPS', 'QoSMetric'],
  ['Jitter', 'QoSMetric'],
  ['Latency', 'QoSMetric'],
  ['PacketLoss', 'QoSMetric'],
  ['RoundTripTime', 'QoSMetric'],
  ['TargetPercentile', 'QoSMetric'],
  ['Throughput', 'QoSMetric'],
  ['AvailabilityZone', 'Resource'],
  ['PhysicalResource', 'Resource'],
  ['Region', 'Resource'],
  ['VirtualResource', 'Resource'],
  ['BackupPolicy', 'DataProtectionPolicy'],
  ['ReplicationPolicy', 'DataProtectionPolicy'],
  ['SnapshotPolicy', 'DataProtectionPolicy'],
  ['BareMetalServiceOffering', 'ComputeServiceOffering'],
  ['ComputeFunctionServiceOffering', 'ComputeServiceOffering'],
  ['ContainerServiceOffering', 'ComputeServiceOffering'],
  ['VirtualMachineServiceOffering', 'ComputeServiceOffering'],
  ['BlockStorageConfiguration', 'StorageConfiguration'],
  ['FileStorageConfiguration', 'StorageConfiguration'],
  ['BlockStorageServiceOffering', 'StorageServiceOffering'],
  ['FileStorageServiceOffering', 'StorageServiceOffering'],
  ['ObjectStorageServiceOffering', 'StorageServiceOffering'],
  ['CPU', 'Device'],
  ['Disk', 'Device'],
  ['GPU', 'Device'],
  ['Memory', 'Device'],
  ['ComputeFunctionTemplate', 'CodeArtifact'],
  ['Image', 'CodeArtifact'],
  ['CodeArtifact', 'SoftwareResource'],
  ['Hypervisor', 'SoftwareResource'],
  ['OperatingSystem', 'SoftwareResource'],
  ['StorageConfiguration', 'InstantiationRequirement'],
  ['ComputeFunctionConfiguration', 'InstantiationRequirement'],
  ['ConnectivityConfiguration', 'InstantiationRequirement'],
  ['ContainerResourceLimits', 'InstantiationRequirement'],
  ['ServerFlavor', 'InstantiationRequirement'],
  ['ComputeServiceOffering', 'InfrastructureServiceOffering'],
  ['StorageServiceOffering', 'InfrastructureServiceOffering'],
  ['ConnectivityServiceOffering', 'InfrastructureServiceOffering'],
  ['NetworkConnectivityServiceOffering', 'ConnectivityServiceOffering'],
  ['LinkConnectivityServiceOffering', 'ConnectivityServiceOffering'],
  ['PhysicalConnectivityServiceOffering', 'ConnectivityServiceOffering'],
  ['ContainerImage', 'Image'],
  ['PXEImage', 'Image'],
  ['VMImage', 'Image'],
  ['CountryCompanyNumber', 'RegistrationNumber'],
  ['EORI', 'RegistrationNumber'],
  ['EUID', 'RegistrationNumber'],
  ['LeiCode', 'RegistrationNumber'],
  ['LocalRegistrationNumber', 'RegistrationNumber'],
  ['TaxID', 'RegistrationNumber'],
  ['VatID', 'RegistrationNumber'],
  ['DataProduct', 'DigitalServiceOffering'],
  ['InfrastructureServiceOffering', 'ServiceOffering'],
  ['DataProductCatalogue', 'ServiceOffering'],
  ['SubProcessorDataTransfer', 'DataTransfer'],
  ['ThirdCountryDataTransfer', 'DataTransfer'],
  ['Datacenter', 'PhysicalResource'],
  ['PointOfPresence', 'PhysicalResource'],
  ['Resource', 'GaiaXEntity'],
  ['InstantiationRequirement', 'GaiaXEntity'],
  ['DigitalServiceOffering', 'GaiaXEntity'],
  ['ServiceOffering', 'GaiaXEntity'],
  ['EcoTSP', 'GaiaXEntity'],
  ['EcoTrustScope', 'GaiaXEntity'],
  ['Ecosystem', 'GaiaXEntity'],
  ['Participant', 'GaiaXEntity'],
  ['InterconnectionServiceOffering', 'NetworkConnectivityServiceOffering'],
  ['InternetExchangePoint', 'PhysicalInterconnectionPointIdentifier'],
  ['InternetServiceProvider', 'LegalPerson'],
  ['LegalPerson', 'Participant'],
  ['PhysicalInterconnectionPointIdentifier', 'PointOfPresence'],
  ['SoftwareResource', 'VirtualResource'],
  ['VirtualInterconnectionPointIdentifier', 'VirtualResource'],
]

/**
 * Loire 25.11 shapes (Turtle): 116 classes, in 89 node shapes under the prefix
 * `lo:` (urn:bleu-catalogue:shapes:loire-2511:).
 */
export const loireShapes = String.raw`@prefix lo: <urn:bleu-catalogue:shapes:loire-2511:> .
@prefix gx: <https://w3id.org/gaia-x/2511#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix qk: <http://qudt.org/vocab/quantitykind/> .
@prefix cred: <https://www.w3.org/2018/credentials#> .

# ==================================================================================================
# Participants
# ==================================================================================================

# gx:GaiaXEntity: Root class for Gaia-X entities. Open shape (sh:closed false).
lo:GaiaXEntityShape
  a sh:NodeShape ;
  sh:targetClass gx:GaiaXEntity ;
  sh:closed false ;
  sh:property
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# schema:name, the same in 28 node shapes.
lo:GaiaXEntity-name
  sh:path schema:name ;
  sh:name "name" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "A human readable name of the entity." .

# schema:description, the same in 28 node shapes.
lo:GaiaXEntity-description
  sh:path schema:description ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string .

# gx:Participant: An legal or natural person that is onboarded to Gaia-X and offers, consumes
# services or operates resources. Open shape (sh:closed false).
lo:ParticipantShape
  a sh:NodeShape ;
  sh:targetClass gx:Participant ;
  sh:closed false ;
  sh:property
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:LegalPerson: A legal person, who is uniquely identified by its registration number.
lo:LegalPersonShape
  a sh:NodeShape ;
  sh:targetClass gx:LegalPerson ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:registrationNumber ;
      sh:name "Registration Number" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:RegistrationNumber ;
      sh:description "Country's registration number, which identifies one specific entity. Valid formats are local, EUID, EORI, vatID, leiCode." ],
    [ sh:path gx:legalAddress ;
      sh:name "legal address" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Address ;
      sh:description "The full legal address of the organization." ],
    [ sh:path gx:headquartersAddress ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Address ;
      sh:description "Full physical location of the headquarter of the organization." ],
    [ sh:path gx:parentOrganizationOf ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalPerson ;
      sh:description "A list of resolvable links to Gaia-X Credentials of participants that this entity is a subOrganization of, if any." ],
    [ sh:path gx:subOrganisationOf ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalPerson ;
      sh:description "A list of resolvable links to Gaia-X Credentials of participants with a legal mandate on this entity, e.g., as a subsidiary." ],
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:Address: Full address of the entity.
lo:AddressShape
  a sh:NodeShape ;
  sh:targetClass gx:Address ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:countryCode ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or (
        [ sh:in (
            "AF" "EG" "AX" "AL" "DZ" "VI" "UM" "AS" "AD" "AO" "AI" "AQ" "AG" "GQ" "SY" "AR" "AM"
            "AW" "AZ" "ET" "AU" "BS" "BH" "BD" "BB" "BE" "BZ" "BJ" "BM" "BT" "VE" "BQ" "BA" "BW"
            "BV" "BR" "VG" "IO" "BN" "BG" "BF" "BI" "CV" "CL" "CN" "CK" "CR" "CI" "CW" "DK" "CD"
            "KP" "LA" "DE" "DM" "DO" "DJ" "EC" "MK" "SV" "ER" "EE" "FK" "FO" "FJ" "FI" "FM" "FR"
            "TF" "GF" "PF" "GA" "GM" "GE" "GH" "GI" "GD" "GR" "GL" "GP" "GU" "GT" "GG" "GN" "GW"
            "GY" "HT" "HM" "HN" "HK" "IN" "ID" "IM" "IQ" "IE" "IR" "IS" "IL" "IT" "JM" "JP" "YE"
            "JE" "JO" "KY" "KH" "CM" "CA" "KZ" "QA" "KE" "KG" "KI" "CC" "CO" "KM" "CG" "HR" "CU"
            "KW" "LS" "LV" "LB" "LR" "LY" "LI" "LT" "LU" "MO" "MG" "MW" "MY" "MV" "ML" "MT" "MP"
            "MA" "MH" "MQ" "MR" "MU" "YT" "MX" "MC" "MN" "MS" "ME" "MZ" "MM" "NA" "NR" "NP" "NC"
            "NZ" "NI" "NL" "NE" "NG" "NU" "NF" "NO" "OM" "AT" "PK" "PW" "PS" "PA" "PG" "PY" "PE"
            "PH" "PN" "BO" "PL" "PT" "PR" "KR" "MD" "RE" "RW" "RO" "RU" "SB" "ZM" "WS" "SM" "ST"
            "SA" "SE" "CH" "SN" "RS" "SC" "SL" "ZW" "SG" "SK" "SI" "SO" "ES" "LK" "BL" "SH" "KN"
            "LC" "MF" "SX" "PM" "VC" "ZA" "SD" "GS" "SS" "SR" "SJ" "SZ" "TJ" "TW" "TH" "TL" "TG"
            "TK" "TO" "TT" "TD" "CZ" "TN" "TR" "TM" "TC" "TV" "UG" "UA" "HU" "UY" "UZ" "VU" "VA"
            "AE" "TZ" "US" "GB" "VN" "WF" "CX" "BY" "EH" "CF" "CY"
          ) ]
        [ sh:in (
            "AFG" "ALA" "ALB" "DZA" "ASM" "AND" "AGO" "AIA" "ATA" "ATG" "ARG" "ARM" "ABW" "AUS"
            "AUT" "AZE" "BHS" "BHR" "BGD" "BRB" "BLR" "BEL" "BLZ" "BEN" "BMU" "BTN" "BOL" "BES"
            "BIH" "BWA" "BVT" "BRA" "IOT" "BRN" "BGR" "BFA" "BDI" "KHM" "CMR" "CAN" "CPV" "CYM"
            "CAF" "TCD" "CHL" "CHN" "CXR" "CCK" "COL" "COM" "COG" "COD" "COK" "CRI" "CIV" "HRV"
            "CUB" "CUW" "CYP" "CZE" "DNK" "DJI" "DMA" "DOM" "ECU" "EGY" "SLV" "GNQ" "ERI" "EST"
            "ETH" "FLK" "FRO" "FJI" "FIN" "FRA" "GUF" "PYF" "ATF" "GAB" "GMB" "GEO" "DEU" "GHA"
            "GIB" "GRC" "GRL" "GRD" "GLP" "GUM" "GTM" "GGY" "GIN" "GNB" "GUY" "HTI" "HMD" "VAT"
            "HND" "HKG" "HUN" "ISL" "IND" "IDN" "IRN" "IRQ" "IRL" "IMN" "ISR" "ITA" "JAM" "JPN"
            "JEY" "JOR" "KAZ" "KEN" "KIR" "PRK" "KOR" "KWT" "KGZ" "LAO" "LVA" "LBN" "LSO" "LBR"
            "LBY" "LIE" "LTU" "LUX" "MAC" "MKD" "MDG" "MWI" "MYS" "MDV" "MLI" "MLT" "MHL" "MTQ"
            "MRT" "MUS" "MYT" "MEX" "FSM" "MDA" "MCO" "MNG" "MNE" "MSR" "MAR" "MOZ" "MMR" "NAM"
            "NRU" "NPL" "NLD" "NCL" "NZL" "NIC" "NER" "NGA" "NIU" "NFK" "MNP" "NOR" "OMN" "PAK"
            "PLW" "PSE" "PAN" "PNG" "PRY" "PER" "PHL" "PCN" "POL" "PRT" "PRI" "QAT" "SRB" "REU"
            "ROU" "RUS" "RWA" "BLM" "SHN" "KNA" "LCA" "MAF" "SPM" "VCT" "WSM" "SMR" "STP" "SAU"
            "SEN" "SYC" "SLE" "SGP" "SXM" "SVK" "SVN" "SLB" "SOM" "ZAF" "SGS" "SSD" "ESP" "LKA"
            "SDN" "SUR" "SJM" "SWZ" "SWE" "CHE" "SYR" "TWN" "TJK" "TZA" "THA" "TLS" "TGO" "TKL"
            "TON" "TTO" "TUN" "TUR" "XTX" "TKM" "TCA" "TUV" "UGA" "UKR" "ARE" "GBR" "USA" "UMI"
            "URY" "UZB" "VUT" "VEN" "VNM" "VGB" "VIR" "WLF" "ESH" "YEM" "ZMB" "ZWE" "XKX"
          ) ]
        [ sh:in (
            "4" "818" "248" "008" "10" "850" "581" "14" "16" "20" "660" "8" "028" "226" "760" "26"
            "41" "231" "30" "36" "048" "40" "42" "46" "084" "204" "48" "52" "58" "60" "62" "092"
            "086" "854" "108" "132" "152" "156" "184" "188" "384" "531" "208" "180" "408" "418"
            "276" "212" "214" "262" "218" "807" "222" "232" "233" "238" "234" "242" "246" "583"
            "250" "260" "254" "258" "266" "270" "268" "288" "292" "308" "300" "304" "312" "316"
            "320" "831" "324" "624" "328" "332" "334" "340" "344" "356" "360" "833" "368" "372"
            "364" "352" "376" "380" "388" "392" "887" "832" "400" "136" "116" "120" "124" "398"
            "634" "404" "417" "296" "166" "170" "174" "178" "191" "192" "414" "426" "428" "422"
            "430" "434" "438" "440" "442" "446" "450" "454" "458" "462" "466" "470" "580" "504"
            "584" "474" "478" "480" "175" "484" "492" "496" "500" "499" "508" "104" "516" "520"
            "524" "540" "554" "558" "528" "562" "566" "570" "574" "578" "512" "32" "586" "585" "275"
            "591" "598" "600" "604" "608" "612" "068" "616" "620" "630" "410" "498" "638" "646"
            "642" "643" "090" "894" "882" "674" "678" "682" "752" "756" "686" "688" "690" "694"
            "716" "702" "703" "705" "706" "724" "144" "652" "654" "659" "662" "663" "534" "666"
            "670" "710" "729" "239" "728" "740" "744" "748" "762" "158" "764" "626" "768" "772"
            "776" "780" "148" "203" "788" "792" "795" "796" "798" "800" "804" "348" "858" "860"
            "548" "336" "784" "834" "840" "826" "704" "876" "162" "112" "732" "140" "196"
          ) ]
      ) ;
      sh:description "Country code in ISO 3166-1 alpha2, alpha-3 or numeric format." ],
    [ sh:path gx:countryName ;
      sh:name "Country Name" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The name of the country." ],
    [ sh:path gx:gps ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:GPSLocation ;
      sh:description "GPS in ISO 6709:2008/Cor 1:2009 format." ],
    [ sh:path vcard:street-address ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The street address of a postal address." ],
    [ sh:path vcard:postal-code ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The local postal code of the address." ],
    [ sh:path vcard:locality ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The locality (e.g. city or town) associated with the address." ],
    [ sh:path vcard:region ;
      sh:maxCount 1 ;
      sh:in (
        "BE10" "BE21" "BE22" "BE23" "BE24" "BE25" "BE31" "BE32" "BE33" "BE34" "BE35" "BEZZ" "BG31"
        "BG32" "BG33" "BG34" "BG41" "BG42" "BGZZ" "CZ01" "CZ02" "CZ03" "CZ04" "CZ05" "CZ06" "CZ07"
        "CZ08" "CZZZ" "DK01" "DK02" "DK03" "DK04" "DK05" "DKZZ" "DE11" "DE12" "DE13" "DE14" "DE21"
        "DE22" "DE23" "DE24" "DE25" "DE26" "DE27" "DE30" "DE40" "DE50" "DE60" "DE71" "DE72" "DE73"
        "DE80" "DE91" "DE92" "DE93" "DE94" "DEA1" "DEA2" "DEA3" "DEA4" "DEA5" "DEB1" "DEB2" "DEB3"
        "DEC0" "DED2" "DED4" "DED5" "DEE0" "DEF0" "DEG0" "DEZZ" "EE00" "EEZZ" "IE04" "IE05" "IE06"
        "IEZZ" "EL30" "EL41" "EL42" "EL43" "EL51" "EL52" "EL53" "EL54" "EL61" "EL62" "EL63" "EL64"
        "EL65" "ELZZ" "ES11" "ES12" "ES13" "ES21" "ES22" "ES23" "ES24" "ES30" "ES41" "ES42" "ES43"
        "ES51" "ES52" "ES53" "ES61" "ES62" "ES63" "ES64" "ES70" "ESZZ" "FR10" "FRB0" "FRC1" "FRC2"
        "FRD1" "FRD2" "FRE1" "FRE2" "FRF1" "FRF2" "FRF3" "FRG0" "FRH0" "FRI1" "FRI2" "FRI3" "FRJ1"
        "FRJ2" "FRK1" "FRK2" "FRL0" "FRM0" "FRY1" "FRY2" "FRY3" "FRY4" "FRY5" "FRZZ" "HR02" "HR03"
        "HR05" "HR06" "HRZZ" "ITC1" "ITC2" "ITC3" "ITC4" "ITF1" "ITF2" "ITF3" "ITF4" "ITF5" "ITF6"
        "ITG1" "ITG2" "ITH1" "ITH2" "ITH3" "ITH4" "ITH5" "ITI1" "ITI2" "ITI3" "ITI4" "ITZZ" "CY00"
        "CYZZ" "LV00" "LVZZ" "LT01" "LT02" "LTZZ" "LU00" "LUZZ" "HU11" "HU12" "HU21" "HU22" "HU23"
        "HU31" "HU32" "HU33" "HUZZ" "MT00" "MTZZ" "NL11" "NL12" "NL13" "NL21" "NL22" "NL23" "NL32"
        "NL34" "NL35" "NL36" "NL41" "NL42" "NLZZ" "AT11" "AT12" "AT13" "AT21" "AT22" "AT31" "AT32"
        "AT33" "AT34" "ATZZ" "PL21" "PL22" "PL41" "PL42" "PL43" "PL51" "PL52" "PL61" "PL62" "PL63"
        "PL71" "PL72" "PL81" "PL82" "PL84" "PL91" "PL92" "PLZZ" "PT11" "PT15" "PT19" "PT1A" "PT1B"
        "PT1C" "PT1D" "PT20" "PT30" "PTZZ" "RO11" "RO12" "RO21" "RO22" "RO31" "RO32" "RO41" "RO42"
        "ROZZ" "SI03" "SI04" "SIZZ" "SK01" "SK02" "SK03" "SK04" "SKZZ" "FI19" "FI1B" "FI1C" "FI1D"
        "FI20" "FIZZ" "SE11" "SE12" "SE21" "SE22" "SE23" "SE31" "SE32" "SE33" "SEZZ"
      ) ;
      sh:description "The NUTS2 region code of the geographical location." ] .

# gx:ContactInformation: Contains contact details for an entity.
lo:ContactInformationShape
  a sh:NodeShape ;
  sh:targetClass gx:ContactInformation ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:postalAddress ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Address ;
      sh:description "Postal address of the contact." ],
    [ sh:path gx:email ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Email address of the contact." ],
    [ sh:path gx:phoneNumber ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Phone number of the contact." ],
    lo:ContactInformation-url .

# gx:url, the same in 3 node shapes.
lo:ContactInformation-url
  sh:path gx:url ;
  sh:name "URL" ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:anyURI ;
  sh:description "Resolvable link to a resource." .

# gx:Issuer: An issuer of W3C Verifiable Credentials and Verifiable Presentations.
lo:IssuerShape
  a sh:NodeShape ;
  sh:targetClass gx:Issuer ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:gaiaxTermsAndConditions ;
      sh:name "Gaia-X terms and conditions" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "067dcac5efd18c1927deb1ffed3feab6d0ad044c0a9a263e6d5d8bdc43224515"
        "4bd7554097444c960292b4726c2efa1373485e8a5565d94d41195214c5e0ceb3"
      ) ;
      sh:description "Gaia-X terms and conditions this issuer agreed with in order to act as an issuer of Gaia-X compliant credentials." ] .


# ==================================================================================================
# Registration numbers
# ==================================================================================================

# gx:RegistrationNumber: Country's registration number, which identifies one specific entity. Open
# shape (sh:closed false).
lo:RegistrationNumberShape
  a sh:NodeShape ;
  sh:targetClass gx:RegistrationNumber ;
  sh:closed false .

# gx:VatID
lo:VatIDShape
  a sh:NodeShape ;
  sh:targetClass gx:VatID ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:vatID ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The VAT identification number." ],
    lo:VatID-countryCode .

# gx:countryCode, the same in 2 node shapes.
lo:VatID-countryCode
  sh:path gx:countryCode ;
  sh:maxCount 1 ;
  sh:or (
    [ sh:in (
        "AF" "EG" "AX" "AL" "DZ" "VI" "UM" "AS" "AD" "AO" "AI" "AQ" "AG" "GQ" "SY" "AR" "AM" "AW"
        "AZ" "ET" "AU" "BS" "BH" "BD" "BB" "BE" "BZ" "BJ" "BM" "BT" "VE" "BQ" "BA" "BW" "BV" "BR"
        "VG" "IO" "BN" "BG" "BF" "BI" "CV" "CL" "CN" "CK" "CR" "CI" "CW" "DK" "CD" "KP" "LA" "DE"
        "DM" "DO" "DJ" "EC" "MK" "SV" "ER" "EE" "FK" "FO" "FJ" "FI" "FM" "FR" "TF" "GF" "PF" "GA"
        "GM" "GE" "GH" "GI" "GD" "GR" "GL" "GP" "GU" "GT" "GG" "GN" "GW" "GY" "HT" "HM" "HN" "HK"
        "IN" "ID" "IM" "IQ" "IE" "IR" "IS" "IL" "IT" "JM" "JP" "YE" "JE" "JO" "KY" "KH" "CM" "CA"
        "KZ" "QA" "KE" "KG" "KI" "CC" "CO" "KM" "CG" "HR" "CU" "KW" "LS" "LV" "LB" "LR" "LY" "LI"
        "LT" "LU" "MO" "MG" "MW" "MY" "MV" "ML" "MT" "MP" "MA" "MH" "MQ" "MR" "MU" "YT" "MX" "MC"
        "MN" "MS" "ME" "MZ" "MM" "NA" "NR" "NP" "NC" "NZ" "NI" "NL" "NE" "NG" "NU" "NF" "NO" "OM"
        "AT" "PK" "PW" "PS" "PA" "PG" "PY" "PE" "PH" "PN" "BO" "PL" "PT" "PR" "KR" "MD" "RE" "RW"
        "RO" "RU" "SB" "ZM" "WS" "SM" "ST" "SA" "SE" "CH" "SN" "RS" "SC" "SL" "ZW" "SG" "SK" "SI"
        "SO" "ES" "LK" "BL" "SH" "KN" "LC" "MF" "SX" "PM" "VC" "ZA" "SD" "GS" "SS" "SR" "SJ" "SZ"
        "TJ" "TW" "TH" "TL" "TG" "TK" "TO" "TT" "TD" "CZ" "TN" "TR" "TM" "TC" "TV" "UG" "UA" "HU"
        "UY" "UZ" "VU" "VA" "AE" "TZ" "US" "GB" "VN" "WF" "CX" "BY" "EH" "CF" "CY"
      ) ]
  ) ;
  sh:description "The country where the VAT identification number is registered." .

# gx:LeiCode
lo:LeiCodeShape
  a sh:NodeShape ;
  sh:targetClass gx:LeiCode ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path schema:leiCode ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Unique LEI number as defined by https://www.gleif.org." ],
    lo:VatID-countryCode,
    [ sh:path gx:subdivisionCountryCode ;
      sh:maxCount 1 ;
      sh:in (
        "AD-02" "AD-03" "AD-04" "AD-05" "AD-06" "AD-07" "AD-08" "AE-AJ" "AE-AZ" "AE-DU" "AE-FU"
        "AE-RK" "AE-SH" "AE-UQ" "AF-BAL" "AF-BAM" "AF-BDG" "AF-BDS" "AF-BGL" "AF-DAY" "AF-FRA"
        "AF-FYB" "AF-GHA" "AF-GHO" "AF-HEL" "AF-HER" "AF-JOW" "AF-KAB" "AF-KAN" "AF-KAP" "AF-KDZ"
        "AF-KHO" "AF-KNR" "AF-LAG" "AF-LOG" "AF-NAN" "AF-NIM" "AF-NUR" "AF-PAN" "AF-PAR" "AF-PIA"
        "AF-PKA" "AF-SAM" "AF-SAR" "AF-TAK" "AF-URU" "AF-WAR" "AF-ZAB" "AG-03" "AG-04" "AG-05"
        "AG-06" "AG-07" "AG-08" "AG-10" "AG-11" "AL-01" "AL-02" "AL-03" "AL-04" "AL-05" "AL-06"
        "AL-07" "AL-08" "AL-09" "AL-10" "AL-11" "AL-12" "AM-AG" "AM-AR" "AM-AV" "AM-ER" "AM-GR"
        "AM-KT" "AM-LO" "AM-SH" "AM-SU" "AM-TV" "AM-VD" "AO-BGO" "AO-BGU" "AO-BIE" "AO-CAB" "AO-CCU"
        "AO-CNN" "AO-CNO" "AO-CUS" "AO-HUA" "AO-HUI" "AO-LNO" "AO-LSU" "AO-LUA" "AO-MAL" "AO-MOX"
        "AO-NAM" "AO-UIG" "AO-ZAI" "AR-A" "AR-B" "AR-C" "AR-D" "AR-E" "AR-F" "AR-G" "AR-H" "AR-J"
        "AR-K" "AR-L" "AR-M" "AR-N" "AR-P" "AR-Q" "AR-R" "AR-S" "AR-T" "AR-U" "AR-V" "AR-W" "AR-X"
        "AR-Y" "AR-Z" "AT-1" "AT-2" "AT-3" "AT-4" "AT-5" "AT-6" "AT-7" "AT-8" "AT-9" "AU-ACT"
        "AU-NSW" "AU-NT" "AU-QLD" "AU-SA" "AU-TAS" "AU-VIC" "AU-WA" "AZ-ABS" "AZ-AGA" "AZ-AGC"
        "AZ-AGM" "AZ-AGS" "AZ-AGU" "AZ-AST" "AZ-BA" "AZ-BAB" "AZ-BAL" "AZ-BAR" "AZ-BEY" "AZ-BIL"
        "AZ-CAB" "AZ-CAL" "AZ-CUL" "AZ-DAS" "AZ-FUZ" "AZ-GA" "AZ-GAD" "AZ-GOR" "AZ-GOY" "AZ-GYG"
        "AZ-HAC" "AZ-IMI" "AZ-ISM" "AZ-KAL" "AZ-KAN" "AZ-KUR" "AZ-LA" "AZ-LAC" "AZ-LAN" "AZ-LER"
        "AZ-MAS" "AZ-MI" "AZ-NA" "AZ-NEF" "AZ-NV" "AZ-NX" "AZ-OGU" "AZ-ORD" "AZ-QAB" "AZ-QAX"
        "AZ-QAZ" "AZ-QBA" "AZ-QBI" "AZ-QOB" "AZ-QUS" "AZ-SA" "AZ-SAB" "AZ-SAD" "AZ-SAH" "AZ-SAK"
        "AZ-SAL" "AZ-SAR" "AZ-SAT" "AZ-SBN" "AZ-SIY" "AZ-SKR" "AZ-SM" "AZ-SMI" "AZ-SMX" "AZ-SR"
        "AZ-SUS" "AZ-TAR" "AZ-TOV" "AZ-UCA" "AZ-XA" "AZ-XAC" "AZ-XCI" "AZ-XIZ" "AZ-XVD" "AZ-YAR"
        "AZ-YE" "AZ-YEV" "AZ-ZAN" "AZ-ZAQ" "AZ-ZAR" "BA-BIH" "BA-BRC" "BA-SRP" "BB-01" "BB-02"
        "BB-03" "BB-04" "BB-05" "BB-06" "BB-07" "BB-08" "BB-09" "BB-10" "BB-11" "BD-01" "BD-02"
        "BD-03" "BD-04" "BD-05" "BD-06" "BD-07" "BD-08" "BD-09" "BD-10" "BD-11" "BD-12" "BD-13"
        "BD-14" "BD-15" "BD-16" "BD-17" "BD-18" "BD-19" "BD-20" "BD-21" "BD-22" "BD-23" "BD-24"
        "BD-25" "BD-26" "BD-27" "BD-28" "BD-29" "BD-30" "BD-31" "BD-32" "BD-33" "BD-34" "BD-35"
        "BD-36" "BD-37" "BD-38" "BD-39" "BD-40" "BD-41" "BD-42" "BD-43" "BD-44" "BD-45" "BD-46"
        "BD-47" "BD-48" "BD-49" "BD-50" "BD-51" "BD-52" "BD-53" "BD-54" "BD-55" "BD-56" "BD-57"
        "BD-58" "BD-59" "BD-60" "BD-61" "BD-62" "BD-63" "BD-64" "BD-A" "BD-B" "BD-C" "BD-D" "BD-E"
        "BD-F" "BD-G" "BD-H" "BE-BRU" "BE-VAN" "BE-VBR" "BE-VLG" "BE-VLI" "BE-VOV" "BE-VWV" "BE-WAL"
        "BE-WBR" "BE-WHT" "BE-WLG" "BE-WLX" "BE-WNA" "BF-01" "BF-02" "BF-03" "BF-04" "BF-05" "BF-06"
        "BF-07" "BF-08" "BF-09" "BF-10" "BF-11" "BF-12" "BF-13" "BF-BAL" "BF-BAM" "BF-BAN" "BF-BAZ"
        "BF-BGR" "BF-BLG" "BF-BLK" "BF-COM" "BF-GAN" "BF-GNA" "BF-GOU" "BF-HOU" "BF-IOB" "BF-KAD"
        "BF-KEN" "BF-KMD" "BF-KMP" "BF-KOP" "BF-KOS" "BF-KOT" "BF-KOW" "BF-LER" "BF-LOR" "BF-MOU"
        "BF-NAM" "BF-NAO" "BF-NAY" "BF-NOU" "BF-OUB" "BF-OUD" "BF-PAS" "BF-PON" "BF-SEN" "BF-SIS"
        "BF-SMT" "BF-SNG" "BF-SOM" "BF-SOR" "BF-TAP" "BF-TUI" "BF-YAG" "BF-YAT" "BF-ZIR" "BF-ZON"
        "BF-ZOU" "BG-01" "BG-02" "BG-03" "BG-04" "BG-05" "BG-06" "BG-07" "BG-08" "BG-09" "BG-10"
        "BG-11" "BG-12" "BG-13" "BG-14" "BG-15" "BG-16" "BG-17" "BG-18" "BG-19" "BG-20" "BG-21"
        "BG-22" "BG-23" "BG-24" "BG-25" "BG-26" "BG-27" "BG-28" "BH-13" "BH-14" "BH-15" "BH-17"
        "BI-BB" "BI-BL" "BI-BM" "BI-BR" "BI-CA" "BI-CI" "BI-GI" "BI-KI" "BI-KR" "BI-KY" "BI-MA"
        "BI-MU" "BI-MW" "BI-MY" "BI-NG" "BI-RM" "BI-RT" "BI-RY" "BJ-AK" "BJ-AL" "BJ-AQ" "BJ-BO"
        "BJ-CO" "BJ-DO" "BJ-KO" "BJ-LI" "BJ-MO" "BJ-OU" "BJ-PL" "BJ-ZO" "BN-BE" "BN-BM" "BN-TE"
        "BN-TU" "BO-B" "BO-C" "BO-H" "BO-L" "BO-N" "BO-O" "BO-P" "BO-S" "BO-T" "BQ-BO" "BQ-SA"
        "BQ-SE" "BR-AC" "BR-AL" "BR-AM" "BR-AP" "BR-BA" "BR-CE" "BR-DF" "BR-ES" "BR-GO" "BR-MA"
        "BR-MG" "BR-MS" "BR-MT" "BR-PA" "BR-PB" "BR-PE" "BR-PI" "BR-PR" "BR-RJ" "BR-RN" "BR-RO"
        "BR-RR" "BR-RS" "BR-SC" "BR-SE" "BR-SP" "BR-TO" "BS-AK" "BS-BI" "BS-BP" "BS-BY" "BS-CE"
        "BS-CI" "BS-CK" "BS-CO" "BS-CS" "BS-EG" "BS-EX" "BS-FP" "BS-GC" "BS-HI" "BS-HT" "BS-IN"
        "BS-LI" "BS-MC" "BS-MG" "BS-MI" "BS-NE" "BS-NO" "BS-NP" "BS-NS" "BS-RC" "BS-RI" "BS-SA"
        "BS-SE" "BS-SO" "BS-SS" "BS-SW" "BS-WG" "BT-11" "BT-12" "BT-13" "BT-14" "BT-15" "BT-21"
        "BT-22" "BT-23" "BT-24" "BT-31" "BT-32" "BT-33" "BT-34" "BT-41" "BT-42" "BT-43" "BT-44"
        "BT-45" "BT-GA" "BT-TY" "BW-CE" "BW-CH" "BW-FR" "BW-GA" "BW-GH" "BW-JW" "BW-KG" "BW-KL"
        "BW-KW" "BW-LO" "BW-NE" "BW-NW" "BW-SE" "BW-SO" "BW-SP" "BW-ST" "BY-BR" "BY-HM" "BY-HO"
        "BY-HR" "BY-MA" "BY-MI" "BY-VI" "BZ-BZ" "BZ-CY" "BZ-CZL" "BZ-OW" "BZ-SC" "BZ-TOL" "CA-AB"
        "CA-BC" "CA-MB" "CA-NB" "CA-NL" "CA-NS" "CA-NT" "CA-NU" "CA-ON" "CA-PE" "CA-QC" "CA-SK"
        "CA-YT" "CD-BC" "CD-BU" "CD-EQ" "CD-HK" "CD-HL" "CD-HU" "CD-IT" "CD-KC" "CD-KE" "CD-KG"
        "CD-KL" "CD-KN" "CD-KS" "CD-LO" "CD-LU" "CD-MA" "CD-MN" "CD-MO" "CD-NK" "CD-NU" "CD-SA"
        "CD-SK" "CD-SU" "CD-TA" "CD-TO" "CD-TU" "CF-AC" "CF-BB" "CF-BGF" "CF-BK" "CF-HK" "CF-HM"
        "CF-HS" "CF-KB" "CF-KG" "CF-LB" "CF-MB" "CF-MP" "CF-NM" "CF-OP" "CF-SE" "CF-UK" "CF-VK"
        "CG-11" "CG-12" "CG-13" "CG-14" "CG-15" "CG-16" "CG-2" "CG-5" "CG-7" "CG-8" "CG-9" "CG-BZV"
        "CH-AG" "CH-AI" "CH-AR" "CH-BE" "CH-BL" "CH-BS" "CH-FR" "CH-GE" "CH-GL" "CH-GR" "CH-JU"
        "CH-LU" "CH-NE" "CH-NW" "CH-OW" "CH-SG" "CH-SH" "CH-SO" "CH-SZ" "CH-TG" "CH-TI" "CH-UR"
        "CH-VD" "CH-VS" "CH-ZG" "CH-ZH" "CI-AB" "CI-BS" "CI-CM" "CI-DN" "CI-GD" "CI-LC" "CI-LG"
        "CI-MG" "CI-SM" "CI-SV" "CI-VB" "CI-WR" "CI-YM" "CI-ZZ" "CL-AI" "CL-AN" "CL-AP" "CL-AR"
        "CL-AT" "CL-BI" "CL-CO" "CL-LI" "CL-LL" "CL-LR" "CL-MA" "CL-ML" "CL-NB" "CL-RM" "CL-TA"
        "CL-VS" "CM-AD" "CM-CE" "CM-EN" "CM-ES" "CM-LT" "CM-NO" "CM-NW" "CM-OU" "CM-SU" "CM-SW"
        "CN-AH" "CN-BJ" "CN-CQ" "CN-FJ" "CN-GD" "CN-GS" "CN-GX" "CN-GZ" "CN-HA" "CN-HB" "CN-HE"
        "CN-HI" "CN-HK" "CN-HL" "CN-HN" "CN-JL" "CN-JS" "CN-JX" "CN-LN" "CN-MO" "CN-NM" "CN-NX"
        "CN-QH" "CN-SC" "CN-SD" "CN-SH" "CN-SN" "CN-SX" "CN-TJ" "CN-TW" "CN-XJ" "CN-XZ" "CN-YN"
        "CN-ZJ" "CO-AMA" "CO-ANT" "CO-ARA" "CO-ATL" "CO-BOL" "CO-BOY" "CO-CAL" "CO-CAQ" "CO-CAS"
        "CO-CAU" "CO-CES" "CO-CHO" "CO-COR" "CO-CUN" "CO-DC" "CO-GUA" "CO-GUV" "CO-HUI" "CO-LAG"
        "CO-MAG" "CO-MET" "CO-NAR" "CO-NSA" "CO-PUT" "CO-QUI" "CO-RIS" "CO-SAN" "CO-SAP" "CO-SUC"
        "CO-TOL" "CO-VAC" "CO-VAU" "CO-VID" "CR-A" "CR-C" "CR-G" "CR-H" "CR-L" "CR-P" "CR-SJ"
        "CU-01" "CU-03" "CU-04" "CU-05" "CU-06" "CU-07" "CU-08" "CU-09" "CU-10" "CU-11" "CU-12"
        "CU-13" "CU-14" "CU-15" "CU-16" "CU-99" "CV-B" "CV-BR" "CV-BV" "CV-CA" "CV-CF" "CV-CR"
        "CV-MA" "CV-MO" "CV-PA" "CV-PN" "CV-PR" "CV-RB" "CV-RG" "CV-RS" "CV-S" "CV-SD" "CV-SF"
        "CV-SL" "CV-SM" "CV-SO" "CV-SS" "CV-SV" "CV-TA" "CV-TS" "CY-01" "CY-02" "CY-03" "CY-04"
        "CY-05" "CY-06" "CZ-10" "CZ-20" "CZ-201" "CZ-202" "CZ-203" "CZ-204" "CZ-205" "CZ-206"
        "CZ-207" "CZ-208" "CZ-209" "CZ-20A" "CZ-20B" "CZ-20C" "CZ-31" "CZ-311" "CZ-312" "CZ-313"
        "CZ-314" "CZ-315" "CZ-316" "CZ-317" "CZ-32" "CZ-321" "CZ-322" "CZ-323" "CZ-324" "CZ-325"
        "CZ-326" "CZ-327" "CZ-41" "CZ-411" "CZ-412" "CZ-413" "CZ-42" "CZ-421" "CZ-422" "CZ-423"
        "CZ-424" "CZ-425" "CZ-426" "CZ-427" "CZ-51" "CZ-511" "CZ-512" "CZ-513" "CZ-514" "CZ-52"
        "CZ-521" "CZ-522" "CZ-523" "CZ-524" "CZ-525" "CZ-53" "CZ-531" "CZ-532" "CZ-533" "CZ-534"
        "CZ-63" "CZ-631" "CZ-632" "CZ-633" "CZ-634" "CZ-635" "CZ-64" "CZ-641" "CZ-642" "CZ-643"
        "CZ-644" "CZ-645" "CZ-646" "CZ-647" "CZ-71" "CZ-711" "CZ-712" "CZ-713" "CZ-714" "CZ-715"
        "CZ-72" "CZ-721" "CZ-722" "CZ-723" "CZ-724" "CZ-80" "CZ-801" "CZ-802" "CZ-803" "CZ-804"
        "CZ-805" "CZ-806" "DE-BB" "DE-BE" "DE-BW" "DE-BY" "DE-HB" "DE-HE" "DE-HH" "DE-MV" "DE-NI"
        "DE-NW" "DE-RP" "DE-SH" "DE-SL" "DE-SN" "DE-ST" "DE-TH" "DJ-AR" "DJ-AS" "DJ-DI" "DJ-DJ"
        "DJ-OB" "DJ-TA" "DK-81" "DK-82" "DK-83" "DK-84" "DK-85" "DM-02" "DM-03" "DM-04" "DM-05"
        "DM-06" "DM-07" "DM-08" "DM-09" "DM-10" "DM-11" "DO-01" "DO-02" "DO-03" "DO-04" "DO-05"
        "DO-06" "DO-07" "DO-08" "DO-09" "DO-10" "DO-11" "DO-12" "DO-13" "DO-14" "DO-15" "DO-16"
        "DO-17" "DO-18" "DO-19" "DO-20" "DO-21" "DO-22" "DO-23" "DO-24" "DO-25" "DO-26" "DO-27"
        "DO-28" "DO-29" "DO-30" "DO-31" "DO-32" "DO-33" "DO-34" "DO-35" "DO-36" "DO-37" "DO-38"
        "DO-39" "DO-40" "DO-41" "DO-42" "DZ-01" "DZ-02" "DZ-03" "DZ-04" "DZ-05" "DZ-06" "DZ-07"
        "DZ-08" "DZ-09" "DZ-10" "DZ-11" "DZ-12" "DZ-13" "DZ-14" "DZ-15" "DZ-16" "DZ-17" "DZ-18"
        "DZ-19" "DZ-20" "DZ-21" "DZ-22" "DZ-23" "DZ-24" "DZ-25" "DZ-26" "DZ-27" "DZ-28" "DZ-29"
        "DZ-30" "DZ-31" "DZ-32" "DZ-33" "DZ-34" "DZ-35" "DZ-36" "DZ-37" "DZ-38" "DZ-39" "DZ-40"
        "DZ-41" "DZ-42" "DZ-43" "DZ-44" "DZ-45" "DZ-46" "DZ-47" "DZ-48" "DZ-49" "DZ-50" "DZ-51"
        "DZ-52" "DZ-53" "DZ-54" "DZ-55" "DZ-56" "DZ-57" "DZ-58" "EC-A" "EC-B" "EC-C" "EC-D" "EC-E"
        "EC-F" "EC-G" "EC-H" "EC-I" "EC-L" "EC-M" "EC-N" "EC-O" "EC-P" "EC-R" "EC-S" "EC-SD" "EC-SE"
        "EC-T" "EC-U" "EC-W" "EC-X" "EC-Y" "EC-Z" "EE-130" "EE-141" "EE-142" "EE-171" "EE-184"
        "EE-191" "EE-198" "EE-205" "EE-214" "EE-245" "EE-247" "EE-251" "EE-255" "EE-272" "EE-283"
        "EE-284" "EE-291" "EE-293" "EE-296" "EE-303" "EE-305" "EE-317" "EE-321" "EE-338" "EE-353"
        "EE-37" "EE-39" "EE-424" "EE-430" "EE-431" "EE-432" "EE-441" "EE-442" "EE-446" "EE-45"
        "EE-478" "EE-480" "EE-486" "EE-50" "EE-503" "EE-511" "EE-514" "EE-52" "EE-528" "EE-557"
        "EE-56" "EE-567" "EE-586" "EE-60" "EE-615" "EE-618" "EE-622" "EE-624" "EE-638" "EE-64"
        "EE-651" "EE-653" "EE-661" "EE-663" "EE-668" "EE-68" "EE-689" "EE-698" "EE-708" "EE-71"
        "EE-712" "EE-714" "EE-719" "EE-726" "EE-732" "EE-735" "EE-74" "EE-784" "EE-79" "EE-792"
        "EE-793" "EE-796" "EE-803" "EE-809" "EE-81" "EE-824" "EE-834" "EE-84" "EE-855" "EE-87"
        "EE-890" "EE-897" "EE-899" "EE-901" "EE-903" "EE-907" "EE-917" "EE-919" "EE-928" "EG-ALX"
        "EG-ASN" "EG-AST" "EG-BA" "EG-BH" "EG-BNS" "EG-C" "EG-DK" "EG-DT" "EG-FYM" "EG-GH" "EG-GZ"
        "EG-IS" "EG-JS" "EG-KB" "EG-KFS" "EG-KN" "EG-LX" "EG-MN" "EG-MNF" "EG-MT" "EG-PTS" "EG-SHG"
        "EG-SHR" "EG-SIN" "EG-SUZ" "EG-WAD" "ER-AN" "ER-DK" "ER-DU" "ER-GB" "ER-MA" "ER-SK" "ES-A"
        "ES-AB" "ES-AL" "ES-AN" "ES-AR" "ES-AS" "ES-AV" "ES-B" "ES-BA" "ES-BI" "ES-BU" "ES-C"
        "ES-CA" "ES-CB" "ES-CC" "ES-CE" "ES-CL" "ES-CM" "ES-CN" "ES-CO" "ES-CR" "ES-CS" "ES-CT"
        "ES-CU" "ES-EX" "ES-GA" "ES-GC" "ES-GI" "ES-GR" "ES-GU" "ES-H" "ES-HU" "ES-IB" "ES-J" "ES-L"
        "ES-LE" "ES-LO" "ES-LU" "ES-M" "ES-MA" "ES-MC" "ES-MD" "ES-ML" "ES-MU" "ES-NA" "ES-NC"
        "ES-O" "ES-OR" "ES-P" "ES-PM" "ES-PO" "ES-PV" "ES-RI" "ES-S" "ES-SA" "ES-SE" "ES-SG" "ES-SO"
        "ES-SS" "ES-T" "ES-TE" "ES-TF" "ES-TO" "ES-V" "ES-VA" "ES-VC" "ES-VI" "ES-Z" "ES-ZA" "ET-AA"
        "ET-AF" "ET-AM" "ET-BE" "ET-DD" "ET-GA" "ET-HA" "ET-OR" "ET-SI" "ET-SN" "ET-SO" "ET-SW"
        "ET-TI" "FI-01" "FI-02" "FI-03" "FI-04" "FI-05" "FI-06" "FI-07" "FI-08" "FI-09" "FI-10"
        "FI-11" "FI-12" "FI-13" "FI-14" "FI-15" "FI-16" "FI-17" "FI-18" "FI-19" "FJ-01" "FJ-02"
        "FJ-03" "FJ-04" "FJ-05" "FJ-06" "FJ-07" "FJ-08" "FJ-09" "FJ-10" "FJ-11" "FJ-12" "FJ-13"
        "FJ-14" "FJ-C" "FJ-E" "FJ-N" "FJ-R" "FJ-W" "FM-KSA" "FM-PNI" "FM-TRK" "FM-YAP" "FR-01"
        "FR-02" "FR-03" "FR-04" "FR-05" "FR-06" "FR-07" "FR-08" "FR-09" "FR-10" "FR-11" "FR-12"
        "FR-13" "FR-14" "FR-15" "FR-16" "FR-17" "FR-18" "FR-19" "FR-20R" "FR-21" "FR-22" "FR-23"
        "FR-24" "FR-25" "FR-26" "FR-27" "FR-28" "FR-29" "FR-2A" "FR-2B" "FR-30" "FR-31" "FR-32"
        "FR-33" "FR-34" "FR-35" "FR-36" "FR-37" "FR-38" "FR-39" "FR-40" "FR-41" "FR-42" "FR-43"
        "FR-44" "FR-45" "FR-46" "FR-47" "FR-48" "FR-49" "FR-50" "FR-51" "FR-52" "FR-53" "FR-54"
        "FR-55" "FR-56" "FR-57" "FR-58" "FR-59" "FR-60" "FR-61" "FR-62" "FR-63" "FR-64" "FR-65"
        "FR-66" "FR-67" "FR-68" "FR-69" "FR-69M" "FR-6AE" "FR-70" "FR-71" "FR-72" "FR-73" "FR-74"
        "FR-75C" "FR-76" "FR-77" "FR-78" "FR-79" "FR-80" "FR-81" "FR-82" "FR-83" "FR-84" "FR-85"
        "FR-86" "FR-87" "FR-88" "FR-89" "FR-90" "FR-91" "FR-92" "FR-93" "FR-94" "FR-95" "FR-971"
        "FR-972" "FR-973" "FR-974" "FR-976" "FR-ARA" "FR-BFC" "FR-BL" "FR-BRE" "FR-CP" "FR-CVL"
        "FR-GES" "FR-HDF" "FR-IDF" "FR-MF" "FR-NAQ" "FR-NC" "FR-NOR" "FR-OCC" "FR-PAC" "FR-PDL"
        "FR-PF" "FR-PM" "FR-TF" "FR-WF" "GA-1" "GA-2" "GA-3" "GA-4" "GA-5" "GA-6" "GA-7" "GA-8"
        "GA-9" "GB-ABC" "GB-ABD" "GB-ABE" "GB-AGB" "GB-AGY" "GB-AND" "GB-ANN" "GB-ANS" "GB-BAS"
        "GB-BBD" "GB-BCP" "GB-BDF" "GB-BDG" "GB-BEN" "GB-BEX" "GB-BFS" "GB-BGE" "GB-BGW" "GB-BIR"
        "GB-BKM" "GB-BNE" "GB-BNH" "GB-BNS" "GB-BOL" "GB-BPL" "GB-BRC" "GB-BRD" "GB-BRY" "GB-BST"
        "GB-BUR" "GB-CAM" "GB-CAY" "GB-CBF" "GB-CCG" "GB-CGN" "GB-CHE" "GB-CHW" "GB-CLD" "GB-CLK"
        "GB-CMA" "GB-CMD" "GB-CMN" "GB-CON" "GB-COV" "GB-CRF" "GB-CRY" "GB-CWY" "GB-DAL" "GB-DBY"
        "GB-DEN" "GB-DER" "GB-DEV" "GB-DGY" "GB-DNC" "GB-DND" "GB-DOR" "GB-DRS" "GB-DUD" "GB-DUR"
        "GB-EAL" "GB-EAY" "GB-EDH" "GB-EDU" "GB-ELN" "GB-ELS" "GB-ENF" "GB-ENG" "GB-ERW" "GB-ERY"
        "GB-ESS" "GB-ESX" "GB-FAL" "GB-FIF" "GB-FLN" "GB-FMO" "GB-GAT" "GB-GLG" "GB-GLS" "GB-GRE"
        "GB-GWN" "GB-HAL" "GB-HAM" "GB-HAV" "GB-HCK" "GB-HEF" "GB-HIL" "GB-HLD" "GB-HMF" "GB-HNS"
        "GB-HPL" "GB-HRT" "GB-HRW" "GB-HRY" "GB-IOS" "GB-IOW" "GB-ISL" "GB-IVC" "GB-KEC" "GB-KEN"
        "GB-KHL" "GB-KIR" "GB-KTT" "GB-KWL" "GB-LAN" "GB-LBC" "GB-LBH" "GB-LCE" "GB-LDS" "GB-LEC"
        "GB-LEW" "GB-LIN" "GB-LIV" "GB-LND" "GB-LUT" "GB-MAN" "GB-MDB" "GB-MDW" "GB-MEA" "GB-MIK"
        "GB-MLN" "GB-MON" "GB-MRT" "GB-MRY" "GB-MTY" "GB-MUL" "GB-NAY" "GB-NBL" "GB-NEL" "GB-NET"
        "GB-NFK" "GB-NGM" "GB-NIR" "GB-NLK" "GB-NLN" "GB-NMD" "GB-NNH" "GB-NSM" "GB-NTL" "GB-NTT"
        "GB-NTY" "GB-NWM" "GB-NWP" "GB-NYK" "GB-OLD" "GB-ORK" "GB-OXF" "GB-PEM" "GB-PKN" "GB-PLY"
        "GB-POR" "GB-POW" "GB-PTE" "GB-RCC" "GB-RCH" "GB-RCT" "GB-RDB" "GB-RDG" "GB-RFW" "GB-RIC"
        "GB-ROT" "GB-RUT" "GB-SAW" "GB-SAY" "GB-SCB" "GB-SCT" "GB-SFK" "GB-SFT" "GB-SGC" "GB-SHF"
        "GB-SHN" "GB-SHR" "GB-SKP" "GB-SLF" "GB-SLG" "GB-SLK" "GB-SND" "GB-SOL" "GB-SOM" "GB-SOS"
        "GB-SRY" "GB-STE" "GB-STG" "GB-STH" "GB-STN" "GB-STS" "GB-STT" "GB-STY" "GB-SWA" "GB-SWD"
        "GB-SWK" "GB-TAM" "GB-TFW" "GB-THR" "GB-TOB" "GB-TOF" "GB-TRF" "GB-TWH" "GB-VGL" "GB-WAR"
        "GB-WBK" "GB-WDU" "GB-WFT" "GB-WGN" "GB-WIL" "GB-WKF" "GB-WLL" "GB-WLN" "GB-WLS" "GB-WLV"
        "GB-WND" "GB-WNH" "GB-WNM" "GB-WOK" "GB-WOR" "GB-WRL" "GB-WRT" "GB-WRX" "GB-WSM" "GB-WSX"
        "GB-YOR" "GB-ZET" "GD-01" "GD-02" "GD-03" "GD-04" "GD-05" "GD-06" "GD-10" "GE-AB" "GE-AJ"
        "GE-GU" "GE-IM" "GE-KA" "GE-KK" "GE-MM" "GE-RL" "GE-SJ" "GE-SK" "GE-SZ" "GE-TB" "GH-AA"
        "GH-AF" "GH-AH" "GH-BE" "GH-BO" "GH-CP" "GH-EP" "GH-NE" "GH-NP" "GH-OT" "GH-SV" "GH-TV"
        "GH-UE" "GH-UW" "GH-WN" "GH-WP" "GL-AV" "GL-KU" "GL-QE" "GL-QT" "GL-SM" "GM-B" "GM-L" "GM-M"
        "GM-N" "GM-U" "GM-W" "GN-B" "GN-BE" "GN-BF" "GN-BK" "GN-C" "GN-CO" "GN-D" "GN-DB" "GN-DI"
        "GN-DL" "GN-DU" "GN-F" "GN-FA" "GN-FO" "GN-FR" "GN-GA" "GN-GU" "GN-K" "GN-KA" "GN-KB"
        "GN-KD" "GN-KE" "GN-KN" "GN-KO" "GN-KS" "GN-L" "GN-LA" "GN-LE" "GN-LO" "GN-M" "GN-MC"
        "GN-MD" "GN-ML" "GN-MM" "GN-N" "GN-NZ" "GN-PI" "GN-SI" "GN-TE" "GN-TO" "GN-YO" "GQ-AN"
        "GQ-BN" "GQ-BS" "GQ-C" "GQ-CS" "GQ-DJ" "GQ-I" "GQ-KN" "GQ-LI" "GQ-WN" "GR-69" "GR-A" "GR-B"
        "GR-C" "GR-D" "GR-E" "GR-F" "GR-G" "GR-H" "GR-I" "GR-J" "GR-K" "GR-L" "GR-M" "GT-01" "GT-02"
        "GT-03" "GT-04" "GT-05" "GT-06" "GT-07" "GT-08" "GT-09" "GT-10" "GT-11" "GT-12" "GT-13"
        "GT-14" "GT-15" "GT-16" "GT-17" "GT-18" "GT-19" "GT-20" "GT-21" "GT-22" "GW-BA" "GW-BL"
        "GW-BM" "GW-BS" "GW-CA" "GW-GA" "GW-L" "GW-N" "GW-OI" "GW-QU" "GW-S" "GW-TO" "GY-BA" "GY-CU"
        "GY-DE" "GY-EB" "GY-ES" "GY-MA" "GY-PM" "GY-PT" "GY-UD" "GY-UT" "HN-AT" "HN-CH" "HN-CL"
        "HN-CM" "HN-CP" "HN-CR" "HN-EP" "HN-FM" "HN-GD" "HN-IB" "HN-IN" "HN-LE" "HN-LP" "HN-OC"
        "HN-OL" "HN-SB" "HN-VA" "HN-YO" "HR-01" "HR-02" "HR-03" "HR-04" "HR-05" "HR-06" "HR-07"
        "HR-08" "HR-09" "HR-10" "HR-11" "HR-12" "HR-13" "HR-14" "HR-15" "HR-16" "HR-17" "HR-18"
        "HR-19" "HR-20" "HR-21" "HT-AR" "HT-CE" "HT-GA" "HT-ND" "HT-NE" "HT-NI" "HT-NO" "HT-OU"
        "HT-SD" "HT-SE" "HU-BA" "HU-BC" "HU-BE" "HU-BK" "HU-BU" "HU-BZ" "HU-CS" "HU-DE" "HU-DU"
        "HU-EG" "HU-ER" "HU-FE" "HU-GS" "HU-GY" "HU-HB" "HU-HE" "HU-HV" "HU-JN" "HU-KE" "HU-KM"
        "HU-KV" "HU-MI" "HU-NK" "HU-NO" "HU-NY" "HU-PE" "HU-PS" "HU-SD" "HU-SF" "HU-SH" "HU-SK"
        "HU-SN" "HU-SO" "HU-SS" "HU-ST" "HU-SZ" "HU-TB" "HU-TO" "HU-VA" "HU-VE" "HU-VM" "HU-ZA"
        "HU-ZE" "ID-AC" "ID-BA" "ID-BB" "ID-BE" "ID-BT" "ID-GO" "ID-JA" "ID-JB" "ID-JI" "ID-JK"
        "ID-JT" "ID-JW" "ID-KA" "ID-KB" "ID-KI" "ID-KR" "ID-KS" "ID-KT" "ID-KU" "ID-LA" "ID-MA"
        "ID-ML" "ID-MU" "ID-NB" "ID-NT" "ID-NU" "ID-PA" "ID-PB" "ID-PD" "ID-PE" "ID-PP" "ID-PS"
        "ID-PT" "ID-RI" "ID-SA" "ID-SB" "ID-SG" "ID-SL" "ID-SM" "ID-SN" "ID-SR" "ID-SS" "ID-ST"
        "ID-SU" "ID-YO" "IE-C" "IE-CE" "IE-CN" "IE-CO" "IE-CW" "IE-D" "IE-DL" "IE-G" "IE-KE" "IE-KK"
        "IE-KY" "IE-L" "IE-LD" "IE-LH" "IE-LK" "IE-LM" "IE-LS" "IE-M" "IE-MH" "IE-MN" "IE-MO"
        "IE-OY" "IE-RN" "IE-SO" "IE-TA" "IE-U" "IE-WD" "IE-WH" "IE-WW" "IE-WX" "IL-D" "IL-HA"
        "IL-JM" "IL-M" "IL-TA" "IL-Z" "IN-AN" "IN-AP" "IN-AR" "IN-AS" "IN-BR" "IN-CG" "IN-CH"
        "IN-DH" "IN-DL" "IN-GA" "IN-GJ" "IN-HP" "IN-HR" "IN-JH" "IN-JK" "IN-KA" "IN-KL" "IN-LA"
        "IN-LD" "IN-MH" "IN-ML" "IN-MN" "IN-MP" "IN-MZ" "IN-NL" "IN-OD" "IN-PB" "IN-PY" "IN-RJ"
        "IN-SK" "IN-TN" "IN-TR" "IN-TS" "IN-UK" "IN-UP" "IN-WB" "IQ-AN" "IQ-AR" "IQ-BA" "IQ-BB"
        "IQ-BG" "IQ-DA" "IQ-DI" "IQ-DQ" "IQ-KA" "IQ-KI" "IQ-KR" "IQ-MA" "IQ-MU" "IQ-NA" "IQ-NI"
        "IQ-QA" "IQ-SD" "IQ-SU" "IQ-WA" "IR-00" "IR-01" "IR-02" "IR-03" "IR-04" "IR-05" "IR-06"
        "IR-07" "IR-08" "IR-09" "IR-10" "IR-11" "IR-12" "IR-13" "IR-14" "IR-15" "IR-16" "IR-17"
        "IR-18" "IR-19" "IR-20" "IR-21" "IR-22" "IR-23" "IR-24" "IR-25" "IR-26" "IR-27" "IR-28"
        "IR-29" "IR-30" "IS-1" "IS-2" "IS-3" "IS-4" "IS-5" "IS-6" "IS-7" "IS-8" "IS-AKN" "IS-AKU"
        "IS-ARN" "IS-ASA" "IS-BLA" "IS-BOG" "IS-BOL" "IS-DAB" "IS-DAV" "IS-EOM" "IS-EYF" "IS-FJD"
        "IS-FJL" "IS-FLA" "IS-FLR" "IS-GAR" "IS-GOG" "IS-GRN" "IS-GRU" "IS-GRY" "IS-HAF" "IS-HRG"
        "IS-HRU" "IS-HUG" "IS-HUV" "IS-HVA" "IS-HVE" "IS-ISA" "IS-KAL" "IS-KJO" "IS-KOP" "IS-LAN"
        "IS-MOS" "IS-MUL" "IS-MYR" "IS-NOR" "IS-RGE" "IS-RGY" "IS-RHH" "IS-RKN" "IS-RKV" "IS-SBT"
        "IS-SDN" "IS-SDV" "IS-SEL" "IS-SFA" "IS-SHF" "IS-SKF" "IS-SKG" "IS-SKO" "IS-SKR" "IS-SNF"
        "IS-SOG" "IS-SOL" "IS-SSS" "IS-STR" "IS-STY" "IS-SVG" "IS-TAL" "IS-THG" "IS-TJO" "IS-VEM"
        "IS-VER" "IS-VOP" "IT-21" "IT-23" "IT-25" "IT-32" "IT-34" "IT-36" "IT-42" "IT-45" "IT-52"
        "IT-55" "IT-57" "IT-62" "IT-65" "IT-67" "IT-72" "IT-75" "IT-77" "IT-78" "IT-82" "IT-88"
        "IT-AG" "IT-AL" "IT-AN" "IT-AP" "IT-AQ" "IT-AR" "IT-AT" "IT-AV" "IT-BA" "IT-BG" "IT-BI"
        "IT-BL" "IT-BN" "IT-BO" "IT-BR" "IT-BS" "IT-BT" "IT-BZ" "IT-CA" "IT-CB" "IT-CE" "IT-CH"
        "IT-CL" "IT-CN" "IT-CO" "IT-CR" "IT-CS" "IT-CT" "IT-CZ" "IT-EN" "IT-FC" "IT-FE" "IT-FG"
        "IT-FI" "IT-FM" "IT-FR" "IT-GE" "IT-GO" "IT-GR" "IT-IM" "IT-IS" "IT-KR" "IT-LC" "IT-LE"
        "IT-LI" "IT-LO" "IT-LT" "IT-LU" "IT-MB" "IT-MC" "IT-ME" "IT-MI" "IT-MN" "IT-MO" "IT-MS"
        "IT-MT" "IT-NA" "IT-NO" "IT-NU" "IT-OR" "IT-PA" "IT-PC" "IT-PD" "IT-PE" "IT-PG" "IT-PI"
        "IT-PN" "IT-PO" "IT-PR" "IT-PT" "IT-PU" "IT-PV" "IT-PZ" "IT-RA" "IT-RC" "IT-RE" "IT-RG"
        "IT-RI" "IT-RM" "IT-RN" "IT-RO" "IT-SA" "IT-SI" "IT-SO" "IT-SP" "IT-SR" "IT-SS" "IT-SU"
        "IT-SV" "IT-TA" "IT-TE" "IT-TN" "IT-TO" "IT-TP" "IT-TR" "IT-TS" "IT-TV" "IT-UD" "IT-VA"
        "IT-VB" "IT-VC" "IT-VE" "IT-VI" "IT-VR" "IT-VT" "IT-VV" "JM-01" "JM-02" "JM-03" "JM-04"
        "JM-05" "JM-06" "JM-07" "JM-08" "JM-09" "JM-10" "JM-11" "JM-12" "JM-13" "JM-14" "JO-AJ"
        "JO-AM" "JO-AQ" "JO-AT" "JO-AZ" "JO-BA" "JO-IR" "JO-JA" "JO-KA" "JO-MA" "JO-MD" "JO-MN"
        "JP-01" "JP-02" "JP-03" "JP-04" "JP-05" "JP-06" "JP-07" "JP-08" "JP-09" "JP-10" "JP-11"
        "JP-12" "JP-13" "JP-14" "JP-15" "JP-16" "JP-17" "JP-18" "JP-19" "JP-20" "JP-21" "JP-22"
        "JP-23" "JP-24" "JP-25" "JP-26" "JP-27" "JP-28" "JP-29" "JP-30" "JP-31" "JP-32" "JP-33"
        "JP-34" "JP-35" "JP-36" "JP-37" "JP-38" "JP-39" "JP-40" "JP-41" "JP-42" "JP-43" "JP-44"
        "JP-45" "JP-46" "JP-47" "KE-01" "KE-02" "KE-03" "KE-04" "KE-05" "KE-06" "KE-07" "KE-08"
        "KE-09" "KE-10" "KE-11" "KE-12" "KE-13" "KE-14" "KE-15" "KE-16" "KE-17" "KE-18" "KE-19"
        "KE-20" "KE-21" "KE-22" "KE-23" "KE-24" "KE-25" "KE-26" "KE-27" "KE-28" "KE-29" "KE-30"
        "KE-31" "KE-32" "KE-33" "KE-34" "KE-35" "KE-36" "KE-37" "KE-38" "KE-39" "KE-40" "KE-41"
        "KE-42" "KE-43" "KE-44" "KE-45" "KE-46" "KE-47" "KG-B" "KG-C" "KG-GB" "KG-GO" "KG-J" "KG-N"
        "KG-O" "KG-T" "KG-Y" "KH-1" "KH-10" "KH-11" "KH-12" "KH-13" "KH-14" "KH-15" "KH-16" "KH-17"
        "KH-18" "KH-19" "KH-2" "KH-20" "KH-21" "KH-22" "KH-23" "KH-24" "KH-25" "KH-3" "KH-4" "KH-5"
        "KH-6" "KH-7" "KH-8" "KH-9" "KI-G" "KI-L" "KI-P" "KM-A" "KM-G" "KM-M" "KN-01" "KN-02"
        "KN-03" "KN-04" "KN-05" "KN-06" "KN-07" "KN-08" "KN-09" "KN-10" "KN-11" "KN-12" "KN-13"
        "KN-15" "KN-K" "KN-N" "KP-01" "KP-02" "KP-03" "KP-04" "KP-05" "KP-06" "KP-07" "KP-08"
        "KP-09" "KP-10" "KP-13" "KP-14" "KP-15" "KR-11" "KR-26" "KR-27" "KR-28" "KR-29" "KR-30"
        "KR-31" "KR-41" "KR-42" "KR-43" "KR-44" "KR-45" "KR-46" "KR-47" "KR-48" "KR-49" "KR-50"
        "KW-AH" "KW-FA" "KW-HA" "KW-JA" "KW-KU" "KW-MU" "KZ-10" "KZ-11" "KZ-15" "KZ-19" "KZ-23"
        "KZ-27" "KZ-31" "KZ-33" "KZ-35" "KZ-39" "KZ-43" "KZ-47" "KZ-55" "KZ-59" "KZ-61" "KZ-62"
        "KZ-63" "KZ-71" "KZ-75" "KZ-79" "LA-AT" "LA-BK" "LA-BL" "LA-CH" "LA-HO" "LA-KH" "LA-LM"
        "LA-LP" "LA-OU" "LA-PH" "LA-SL" "LA-SV" "LA-VI" "LA-VT" "LA-XA" "LA-XE" "LA-XI" "LA-XS"
        "LB-AK" "LB-AS" "LB-BA" "LB-BH" "LB-BI" "LB-JA" "LB-JL" "LB-NA" "LC-01" "LC-02" "LC-03"
        "LC-05" "LC-06" "LC-07" "LC-08" "LC-10" "LC-11" "LC-12" "LI-01" "LI-02" "LI-03" "LI-04"
        "LI-05" "LI-06" "LI-07" "LI-08" "LI-09" "LI-10" "LI-11" "LK-1" "LK-11" "LK-12" "LK-13"
        "LK-2" "LK-21" "LK-22" "LK-23" "LK-3" "LK-31" "LK-32" "LK-33" "LK-4" "LK-41" "LK-42" "LK-43"
        "LK-44" "LK-45" "LK-5" "LK-51" "LK-52" "LK-53" "LK-6" "LK-61" "LK-62" "LK-7" "LK-71" "LK-72"
        "LK-8" "LK-81" "LK-82" "LK-9" "LK-91" "LK-92" "LR-BG" "LR-BM" "LR-CM" "LR-GB" "LR-GG"
        "LR-GK" "LR-GP" "LR-LO" "LR-MG" "LR-MO" "LR-MY" "LR-NI" "LR-RG" "LR-RI" "LR-SI" "LS-A"
        "LS-B" "LS-C" "LS-D" "LS-E" "LS-F" "LS-G" "LS-H" "LS-J" "LS-K" "LT-01" "LT-02" "LT-03"
        "LT-04" "LT-05" "LT-06" "LT-07" "LT-08" "LT-09" "LT-10" "LT-11" "LT-12" "LT-13" "LT-14"
        "LT-15" "LT-16" "LT-17" "LT-18" "LT-19" "LT-20" "LT-21" "LT-22" "LT-23" "LT-24" "LT-25"
        "LT-26" "LT-27" "LT-28" "LT-29" "LT-30" "LT-31" "LT-32" "LT-33" "LT-34" "LT-35" "LT-36"
        "LT-37" "LT-38" "LT-39" "LT-40" "LT-41" "LT-42" "LT-43" "LT-44" "LT-45" "LT-46" "LT-47"
        "LT-48" "LT-49" "LT-50" "LT-51" "LT-52" "LT-53" "LT-54" "LT-55" "LT-56" "LT-57" "LT-58"
        "LT-59" "LT-60" "LT-AL" "LT-KL" "LT-KU" "LT-MR" "LT-PN" "LT-SA" "LT-TA" "LT-TE" "LT-UT"
        "LT-VL" "LU-CA" "LU-CL" "LU-DI" "LU-EC" "LU-ES" "LU-GR" "LU-LU" "LU-ME" "LU-RD" "LU-RM"
        "LU-VD" "LU-WI" "LV-002" "LV-007" "LV-011" "LV-015" "LV-016" "LV-022" "LV-026" "LV-033"
        "LV-041" "LV-042" "LV-047" "LV-050" "LV-052" "LV-054" "LV-056" "LV-058" "LV-059" "LV-062"
        "LV-067" "LV-068" "LV-073" "LV-077" "LV-080" "LV-087" "LV-088" "LV-089" "LV-091" "LV-094"
        "LV-097" "LV-099" "LV-101" "LV-102" "LV-106" "LV-111" "LV-112" "LV-113" "LV-DGV" "LV-JEL"
        "LV-JUR" "LV-LPX" "LV-REZ" "LV-RIX" "LV-VEN" "LY-BA" "LY-BU" "LY-DR" "LY-GT" "LY-JA" "LY-JG"
        "LY-JI" "LY-JU" "LY-KF" "LY-MB" "LY-MI" "LY-MJ" "LY-MQ" "LY-NL" "LY-NQ" "LY-SB" "LY-SR"
        "LY-TB" "LY-WA" "LY-WD" "LY-WS" "LY-ZA" "MA-01" "MA-02" "MA-03" "MA-04" "MA-05" "MA-06"
        "MA-07" "MA-08" "MA-09" "MA-10" "MA-11" "MA-12" "MA-AGD" "MA-AOU" "MA-ASZ" "MA-AZI" "MA-BEM"
        "MA-BER" "MA-BES" "MA-BOD" "MA-BOM" "MA-BRR" "MA-CAS" "MA-CHE" "MA-CHI" "MA-CHT" "MA-DRI"
        "MA-ERR" "MA-ESI" "MA-ESM" "MA-FAH" "MA-FES" "MA-FIG" "MA-FQH" "MA-GUE" "MA-GUF" "MA-HAJ"
        "MA-HAO" "MA-HOC" "MA-IFR" "MA-INE" "MA-JDI" "MA-JRA" "MA-KEN" "MA-KES" "MA-KHE" "MA-KHN"
        "MA-KHO" "MA-LAA" "MA-LAR" "MA-MAR" "MA-MDF" "MA-MED" "MA-MEK" "MA-MID" "MA-MOH" "MA-MOU"
        "MA-NAD" "MA-NOU" "MA-OUA" "MA-OUD" "MA-OUJ" "MA-OUZ" "MA-RAB" "MA-REH" "MA-SAF" "MA-SAL"
        "MA-SEF" "MA-SET" "MA-SIB" "MA-SIF" "MA-SIK" "MA-SIL" "MA-SKH" "MA-TAF" "MA-TAI" "MA-TAO"
        "MA-TAR" "MA-TAT" "MA-TAZ" "MA-TET" "MA-TIN" "MA-TIZ" "MA-TNG" "MA-TNT" "MA-YUS" "MA-ZAG"
        "MC-CL" "MC-CO" "MC-FO" "MC-GA" "MC-JE" "MC-LA" "MC-MA" "MC-MC" "MC-MG" "MC-MO" "MC-MU"
        "MC-PH" "MC-SD" "MC-SO" "MC-SP" "MC-SR" "MC-VR" "MD-AN" "MD-BA" "MD-BD" "MD-BR" "MD-BS"
        "MD-CA" "MD-CL" "MD-CM" "MD-CR" "MD-CS" "MD-CT" "MD-CU" "MD-DO" "MD-DR" "MD-DU" "MD-ED"
        "MD-FA" "MD-FL" "MD-GA" "MD-GL" "MD-HI" "MD-IA" "MD-LE" "MD-NI" "MD-OC" "MD-OR" "MD-RE"
        "MD-RI" "MD-SD" "MD-SI" "MD-SN" "MD-SO" "MD-ST" "MD-SV" "MD-TA" "MD-TE" "MD-UN" "ME-01"
        "ME-02" "ME-03" "ME-04" "ME-05" "ME-06" "ME-07" "ME-08" "ME-09" "ME-10" "ME-11" "ME-12"
        "ME-13" "ME-14" "ME-15" "ME-16" "ME-17" "ME-18" "ME-19" "ME-20" "ME-21" "ME-22" "ME-23"
        "ME-24" "ME-25" "MG-A" "MG-D" "MG-F" "MG-M" "MG-T" "MG-U" "MH-ALK" "MH-ALL" "MH-ARN"
        "MH-AUR" "MH-EBO" "MH-ENI" "MH-JAB" "MH-JAL" "MH-KIL" "MH-KWA" "MH-L" "MH-LAE" "MH-LIB"
        "MH-LIK" "MH-MAJ" "MH-MAL" "MH-MEJ" "MH-MIL" "MH-NMK" "MH-NMU" "MH-RON" "MH-T" "MH-UJA"
        "MH-UTI" "MH-WTH" "MH-WTJ" "MK-101" "MK-102" "MK-103" "MK-104" "MK-105" "MK-106" "MK-107"
        "MK-108" "MK-109" "MK-201" "MK-202" "MK-203" "MK-204" "MK-205" "MK-206" "MK-207" "MK-208"
        "MK-209" "MK-210" "MK-211" "MK-301" "MK-303" "MK-304" "MK-307" "MK-308" "MK-310" "MK-311"
        "MK-312" "MK-313" "MK-401" "MK-402" "MK-403" "MK-404" "MK-405" "MK-406" "MK-407" "MK-408"
        "MK-409" "MK-410" "MK-501" "MK-502" "MK-503" "MK-504" "MK-505" "MK-506" "MK-507" "MK-508"
        "MK-509" "MK-601" "MK-602" "MK-603" "MK-604" "MK-605" "MK-606" "MK-607" "MK-608" "MK-609"
        "MK-701" "MK-702" "MK-703" "MK-704" "MK-705" "MK-706" "MK-801" "MK-802" "MK-803" "MK-804"
        "MK-805" "MK-806" "MK-807" "MK-808" "MK-809" "MK-810" "MK-811" "MK-812" "MK-813" "MK-814"
        "MK-815" "MK-816" "MK-817" "ML-1" "ML-10" "ML-2" "ML-3" "ML-4" "ML-5" "ML-6" "ML-7" "ML-8"
        "ML-9" "ML-BKO" "MM-01" "MM-02" "MM-03" "MM-04" "MM-05" "MM-06" "MM-07" "MM-11" "MM-12"
        "MM-13" "MM-14" "MM-15" "MM-16" "MM-17" "MM-18" "MN-035" "MN-037" "MN-039" "MN-041" "MN-043"
        "MN-046" "MN-047" "MN-049" "MN-051" "MN-053" "MN-055" "MN-057" "MN-059" "MN-061" "MN-063"
        "MN-064" "MN-065" "MN-067" "MN-069" "MN-071" "MN-073" "MN-1" "MR-01" "MR-02" "MR-03" "MR-04"
        "MR-05" "MR-06" "MR-07" "MR-08" "MR-09" "MR-10" "MR-11" "MR-12" "MR-13" "MR-14" "MR-15"
        "MT-01" "MT-02" "MT-03" "MT-04" "MT-05" "MT-06" "MT-07" "MT-08" "MT-09" "MT-10" "MT-11"
        "MT-12" "MT-13" "MT-14" "MT-15" "MT-16" "MT-17" "MT-18" "MT-19" "MT-20" "MT-21" "MT-22"
        "MT-23" "MT-24" "MT-25" "MT-26" "MT-27" "MT-28" "MT-29" "MT-30" "MT-31" "MT-32" "MT-33"
        "MT-34" "MT-35" "MT-36" "MT-37" "MT-38" "MT-39" "MT-40" "MT-41" "MT-42" "MT-43" "MT-44"
        "MT-45" "MT-46" "MT-47" "MT-48" "MT-49" "MT-50" "MT-51" "MT-52" "MT-53" "MT-54" "MT-55"
        "MT-56" "MT-57" "MT-58" "MT-59" "MT-60" "MT-61" "MT-62" "MT-63" "MT-64" "MT-65" "MT-66"
        "MT-67" "MT-68" "MU-AG" "MU-BL" "MU-CC" "MU-FL" "MU-GP" "MU-MO" "MU-PA" "MU-PL" "MU-PW"
        "MU-RO" "MU-RR" "MU-SA" "MV-00" "MV-01" "MV-02" "MV-03" "MV-04" "MV-05" "MV-07" "MV-08"
        "MV-12" "MV-13" "MV-14" "MV-17" "MV-20" "MV-23" "MV-24" "MV-25" "MV-26" "MV-27" "MV-28"
        "MV-29" "MV-MLE" "MW-BA" "MW-BL" "MW-C" "MW-CK" "MW-CR" "MW-CT" "MW-DE" "MW-DO" "MW-KR"
        "MW-KS" "MW-LI" "MW-LK" "MW-MC" "MW-MG" "MW-MH" "MW-MU" "MW-MW" "MW-MZ" "MW-N" "MW-NB"
        "MW-NE" "MW-NI" "MW-NK" "MW-NS" "MW-NU" "MW-PH" "MW-RU" "MW-S" "MW-SA" "MW-TH" "MW-ZO"
        "MX-AGU" "MX-BCN" "MX-BCS" "MX-CAM" "MX-CHH" "MX-CHP" "MX-CMX" "MX-COA" "MX-COL" "MX-DUR"
        "MX-GRO" "MX-GUA" "MX-HID" "MX-JAL" "MX-MEX" "MX-MIC" "MX-MOR" "MX-NAY" "MX-NLE" "MX-OAX"
        "MX-PUE" "MX-QUE" "MX-ROO" "MX-SIN" "MX-SLP" "MX-SON" "MX-TAB" "MX-TAM" "MX-TLA" "MX-VER"
        "MX-YUC" "MX-ZAC" "MY-01" "MY-02" "MY-03" "MY-04" "MY-05" "MY-06" "MY-07" "MY-08" "MY-09"
        "MY-10" "MY-11" "MY-12" "MY-13" "MY-14" "MY-15" "MY-16" "MZ-A" "MZ-B" "MZ-G" "MZ-I" "MZ-L"
        "MZ-MPM" "MZ-N" "MZ-P" "MZ-Q" "MZ-S" "MZ-T" "NA-CA" "NA-ER" "NA-HA" "NA-KA" "NA-KE" "NA-KH"
        "NA-KU" "NA-KW" "NA-OD" "NA-OH" "NA-ON" "NA-OS" "NA-OT" "NA-OW" "NE-1" "NE-2" "NE-3" "NE-4"
        "NE-5" "NE-6" "NE-7" "NE-8" "NG-AB" "NG-AD" "NG-AK" "NG-AN" "NG-BA" "NG-BE" "NG-BO" "NG-BY"
        "NG-CR" "NG-DE" "NG-EB" "NG-ED" "NG-EK" "NG-EN" "NG-FC" "NG-GO" "NG-IM" "NG-JI" "NG-KD"
        "NG-KE" "NG-KN" "NG-KO" "NG-KT" "NG-KW" "NG-LA" "NG-NA" "NG-NI" "NG-OG" "NG-ON" "NG-OS"
        "NG-OY" "NG-PL" "NG-RI" "NG-SO" "NG-TA" "NG-YO" "NG-ZA" "NI-AN" "NI-AS" "NI-BO" "NI-CA"
        "NI-CI" "NI-CO" "NI-ES" "NI-GR" "NI-JI" "NI-LE" "NI-MD" "NI-MN" "NI-MS" "NI-MT" "NI-NS"
        "NI-RI" "NI-SJ" "NL-AW" "NL-BQ1" "NL-BQ2" "NL-BQ3" "NL-CW" "NL-DR" "NL-FL" "NL-FR" "NL-GE"
        "NL-GR" "NL-LI" "NL-NB" "NL-NH" "NL-OV" "NL-SX" "NL-UT" "NL-ZE" "NL-ZH" "NO-03" "NO-11"
        "NO-15" "NO-18" "NO-21" "NO-22" "NO-30" "NO-34" "NO-38" "NO-42" "NO-46" "NO-50" "NO-54"
        "NP-P1" "NP-P2" "NP-P3" "NP-P4" "NP-P5" "NP-P6" "NP-P7" "NR-01" "NR-02" "NR-03" "NR-04"
        "NR-05" "NR-06" "NR-07" "NR-08" "NR-09" "NR-10" "NR-11" "NR-12" "NR-13" "NR-14" "NZ-AUK"
        "NZ-BOP" "NZ-CAN" "NZ-CIT" "NZ-GIS" "NZ-HKB" "NZ-MBH" "NZ-MWT" "NZ-NSN" "NZ-NTL" "NZ-OTA"
        "NZ-STL" "NZ-TAS" "NZ-TKI" "NZ-WGN" "NZ-WKO" "NZ-WTC" "OM-BJ" "OM-BS" "OM-BU" "OM-DA"
        "OM-MA" "OM-MU" "OM-SJ" "OM-SS" "OM-WU" "OM-ZA" "OM-ZU" "PA-1" "PA-10" "PA-2" "PA-3" "PA-4"
        "PA-5" "PA-6" "PA-7" "PA-8" "PA-9" "PA-EM" "PA-KY" "PA-NB" "PA-NT" "PE-AMA" "PE-ANC"
        "PE-APU" "PE-ARE" "PE-AYA" "PE-CAJ" "PE-CAL" "PE-CUS" "PE-HUC" "PE-HUV" "PE-ICA" "PE-JUN"
        "PE-LAL" "PE-LAM" "PE-LIM" "PE-LMA" "PE-LOR" "PE-MDD" "PE-MOQ" "PE-PAS" "PE-PIU" "PE-PUN"
        "PE-SAM" "PE-TAC" "PE-TUM" "PE-UCA" "PG-CPK" "PG-CPM" "PG-EBR" "PG-EHG" "PG-EPW" "PG-ESW"
        "PG-GPK" "PG-HLA" "PG-JWK" "PG-MBA" "PG-MPL" "PG-MPM" "PG-MRL" "PG-NCD" "PG-NIK" "PG-NPP"
        "PG-NSB" "PG-SAN" "PG-SHM" "PG-WBK" "PG-WHM" "PG-WPD" "PH-00" "PH-01" "PH-02" "PH-03"
        "PH-05" "PH-06" "PH-07" "PH-08" "PH-09" "PH-10" "PH-11" "PH-12" "PH-13" "PH-14" "PH-15"
        "PH-40" "PH-41" "PH-ABR" "PH-AGN" "PH-AGS" "PH-AKL" "PH-ALB" "PH-ANT" "PH-APA" "PH-AUR"
        "PH-BAN" "PH-BAS" "PH-BEN" "PH-BIL" "PH-BOH" "PH-BTG" "PH-BTN" "PH-BUK" "PH-BUL" "PH-CAG"
        "PH-CAM" "PH-CAN" "PH-CAP" "PH-CAS" "PH-CAT" "PH-CAV" "PH-CEB" "PH-COM" "PH-DAO" "PH-DAS"
        "PH-DAV" "PH-DIN" "PH-DVO" "PH-EAS" "PH-GUI" "PH-IFU" "PH-ILI" "PH-ILN" "PH-ILS" "PH-ISA"
        "PH-KAL" "PH-LAG" "PH-LAN" "PH-LAS" "PH-LEY" "PH-LUN" "PH-MAD" "PH-MAS" "PH-MDC" "PH-MDR"
        "PH-MGN" "PH-MGS" "PH-MOU" "PH-MSC" "PH-MSR" "PH-NCO" "PH-NEC" "PH-NER" "PH-NSA" "PH-NUE"
        "PH-NUV" "PH-PAM" "PH-PAN" "PH-PLW" "PH-QUE" "PH-QUI" "PH-RIZ" "PH-ROM" "PH-SAR" "PH-SCO"
        "PH-SIG" "PH-SLE" "PH-SLU" "PH-SOR" "PH-SUK" "PH-SUN" "PH-SUR" "PH-TAR" "PH-TAW" "PH-WSA"
        "PH-ZAN" "PH-ZAS" "PH-ZMB" "PH-ZSI" "PK-BA" "PK-GB" "PK-IS" "PK-JK" "PK-KP" "PK-PB" "PK-SD"
        "PL-02" "PL-04" "PL-06" "PL-08" "PL-10" "PL-12" "PL-14" "PL-16" "PL-18" "PL-20" "PL-22"
        "PL-24" "PL-26" "PL-28" "PL-30" "PL-32" "PS-BTH" "PS-DEB" "PS-GZA" "PS-HBN" "PS-JEM"
        "PS-JEN" "PS-JRH" "PS-KYS" "PS-NBS" "PS-NGZ" "PS-QQA" "PS-RBH" "PS-RFH" "PS-SLT" "PS-TBS"
        "PS-TKM" "PT-01" "PT-02" "PT-03" "PT-04" "PT-05" "PT-06" "PT-07" "PT-08" "PT-09" "PT-10"
        "PT-11" "PT-12" "PT-13" "PT-14" "PT-15" "PT-16" "PT-17" "PT-18" "PT-20" "PT-30" "PW-002"
        "PW-004" "PW-010" "PW-050" "PW-100" "PW-150" "PW-212" "PW-214" "PW-218" "PW-222" "PW-224"
        "PW-226" "PW-227" "PW-228" "PW-350" "PW-370" "PY-1" "PY-10" "PY-11" "PY-12" "PY-13" "PY-14"
        "PY-15" "PY-16" "PY-19" "PY-2" "PY-3" "PY-4" "PY-5" "PY-6" "PY-7" "PY-8" "PY-9" "PY-ASU"
        "QA-DA" "QA-KH" "QA-MS" "QA-RA" "QA-SH" "QA-US" "QA-WA" "QA-ZA" "RO-AB" "RO-AG" "RO-AR"
        "RO-B" "RO-BC" "RO-BH" "RO-BN" "RO-BR" "RO-BT" "RO-BV" "RO-BZ" "RO-CJ" "RO-CL" "RO-CS"
        "RO-CT" "RO-CV" "RO-DB" "RO-DJ" "RO-GJ" "RO-GL" "RO-GR" "RO-HD" "RO-HR" "RO-IF" "RO-IL"
        "RO-IS" "RO-MH" "RO-MM" "RO-MS" "RO-NT" "RO-OT" "RO-PH" "RO-SB" "RO-SJ" "RO-SM" "RO-SV"
        "RO-TL" "RO-TM" "RO-TR" "RO-VL" "RO-VN" "RO-VS" "RS-00" "RS-01" "RS-02" "RS-03" "RS-04"
        "RS-05" "RS-06" "RS-07" "RS-08" "RS-09" "RS-10" "RS-11" "RS-12" "RS-13" "RS-14" "RS-15"
        "RS-16" "RS-17" "RS-18" "RS-19" "RS-20" "RS-21" "RS-22" "RS-23" "RS-24" "RS-25" "RS-26"
        "RS-27" "RS-28" "RS-29" "RS-KM" "RS-VO" "RU-AD" "RU-AL" "RU-ALT" "RU-AMU" "RU-ARK" "RU-AST"
        "RU-BA" "RU-BEL" "RU-BRY" "RU-BU" "RU-CE" "RU-CHE" "RU-CHU" "RU-CU" "RU-DA" "RU-IN" "RU-IRK"
        "RU-IVA" "RU-KAM" "RU-KB" "RU-KC" "RU-KDA" "RU-KEM" "RU-KGD" "RU-KGN" "RU-KHA" "RU-KHM"
        "RU-KIR" "RU-KK" "RU-KL" "RU-KLU" "RU-KO" "RU-KOS" "RU-KR" "RU-KRS" "RU-KYA" "RU-LEN"
        "RU-LIP" "RU-MAG" "RU-ME" "RU-MO" "RU-MOS" "RU-MOW" "RU-MUR" "RU-NEN" "RU-NGR" "RU-NIZ"
        "RU-NVS" "RU-OMS" "RU-ORE" "RU-ORL" "RU-PER" "RU-PNZ" "RU-PRI" "RU-PSK" "RU-ROS" "RU-RYA"
        "RU-SA" "RU-SAK" "RU-SAM" "RU-SAR" "RU-SE" "RU-SMO" "RU-SPE" "RU-STA" "RU-SVE" "RU-TA"
        "RU-TAM" "RU-TOM" "RU-TUL" "RU-TVE" "RU-TY" "RU-TYU" "RU-UD" "RU-ULY" "RU-VGG" "RU-VLA"
        "RU-VLG" "RU-VOR" "RU-YAN" "RU-YAR" "RU-YEV" "RU-ZAB" "RW-01" "RW-02" "RW-03" "RW-04"
        "RW-05" "SA-01" "SA-02" "SA-03" "SA-04" "SA-05" "SA-06" "SA-07" "SA-08" "SA-09" "SA-10"
        "SA-11" "SA-12" "SA-14" "SB-CE" "SB-CH" "SB-CT" "SB-GU" "SB-IS" "SB-MK" "SB-ML" "SB-RB"
        "SB-TE" "SB-WE" "SC-01" "SC-02" "SC-03" "SC-04" "SC-05" "SC-06" "SC-07" "SC-08" "SC-09"
        "SC-10" "SC-11" "SC-12" "SC-13" "SC-14" "SC-15" "SC-16" "SC-17" "SC-18" "SC-19" "SC-20"
        "SC-21" "SC-22" "SC-23" "SC-24" "SC-25" "SC-26" "SC-27" "SD-DC" "SD-DE" "SD-DN" "SD-DS"
        "SD-DW" "SD-GD" "SD-GK" "SD-GZ" "SD-KA" "SD-KH" "SD-KN" "SD-KS" "SD-NB" "SD-NO" "SD-NR"
        "SD-NW" "SD-RS" "SD-SI" "SE-AB" "SE-AC" "SE-BD" "SE-C" "SE-D" "SE-E" "SE-F" "SE-G" "SE-H"
        "SE-I" "SE-K" "SE-M" "SE-N" "SE-O" "SE-S" "SE-T" "SE-U" "SE-W" "SE-X" "SE-Y" "SE-Z" "SG-01"
        "SG-02" "SG-03" "SG-04" "SG-05" "SH-AC" "SH-HL" "SH-TA" "SI-001" "SI-002" "SI-003" "SI-004"
        "SI-005" "SI-006" "SI-007" "SI-008" "SI-009" "SI-010" "SI-011" "SI-012" "SI-013" "SI-014"
        "SI-015" "SI-016" "SI-017" "SI-018" "SI-019" "SI-020" "SI-021" "SI-022" "SI-023" "SI-024"
        "SI-025" "SI-026" "SI-027" "SI-028" "SI-029" "SI-030" "SI-031" "SI-032" "SI-033" "SI-034"
        "SI-035" "SI-036" "SI-037" "SI-038" "SI-039" "SI-040" "SI-041" "SI-042" "SI-043" "SI-044"
        "SI-045" "SI-046" "SI-047" "SI-048" "SI-049" "SI-050" "SI-051" "SI-052" "SI-053" "SI-054"
        "SI-055" "SI-056" "SI-057" "SI-058" "SI-059" "SI-060" "SI-061" "SI-062" "SI-063" "SI-064"
        "SI-065" "SI-066" "SI-067" "SI-068" "SI-069" "SI-070" "SI-071" "SI-072" "SI-073" "SI-074"
        "SI-075" "SI-076" "SI-077" "SI-078" "SI-079" "SI-080" "SI-081" "SI-082" "SI-083" "SI-084"
        "SI-085" "SI-086" "SI-087" "SI-088" "SI-089" "SI-090" "SI-091" "SI-092" "SI-093" "SI-094"
        "SI-095" "SI-096" "SI-097" "SI-098" "SI-099" "SI-100" "SI-101" "SI-102" "SI-103" "SI-104"
        "SI-105" "SI-106" "SI-107" "SI-108" "SI-109" "SI-110" "SI-111" "SI-112" "SI-113" "SI-114"
        "SI-115" "SI-116" "SI-117" "SI-118" "SI-119" "SI-120" "SI-121" "SI-122" "SI-123" "SI-124"
        "SI-125" "SI-126" "SI-127" "SI-128" "SI-129" "SI-130" "SI-131" "SI-132" "SI-133" "SI-134"
        "SI-135" "SI-136" "SI-137" "SI-138" "SI-139" "SI-140" "SI-141" "SI-142" "SI-143" "SI-144"
        "SI-146" "SI-147" "SI-148" "SI-149" "SI-150" "SI-151" "SI-152" "SI-153" "SI-154" "SI-155"
        "SI-156" "SI-157" "SI-158" "SI-159" "SI-160" "SI-161" "SI-162" "SI-163" "SI-164" "SI-165"
        "SI-166" "SI-167" "SI-168" "SI-169" "SI-170" "SI-171" "SI-172" "SI-173" "SI-174" "SI-175"
        "SI-176" "SI-177" "SI-178" "SI-179" "SI-180" "SI-181" "SI-182" "SI-183" "SI-184" "SI-185"
        "SI-186" "SI-187" "SI-188" "SI-189" "SI-190" "SI-191" "SI-192" "SI-193" "SI-194" "SI-195"
        "SI-196" "SI-197" "SI-198" "SI-199" "SI-200" "SI-201" "SI-202" "SI-203" "SI-204" "SI-205"
        "SI-206" "SI-207" "SI-208" "SI-209" "SI-210" "SI-211" "SI-212" "SI-213" "SK-BC" "SK-BL"
        "SK-KI" "SK-NI" "SK-PV" "SK-TA" "SK-TC" "SK-ZI" "SL-E" "SL-N" "SL-NW" "SL-S" "SL-W" "SM-01"
        "SM-02" "SM-03" "SM-04" "SM-05" "SM-06" "SM-07" "SM-08" "SM-09" "SN-DB" "SN-DK" "SN-FK"
        "SN-KA" "SN-KD" "SN-KE" "SN-KL" "SN-LG" "SN-MT" "SN-SE" "SN-SL" "SN-TC" "SN-TH" "SN-ZG"
        "SO-AW" "SO-BK" "SO-BN" "SO-BR" "SO-BY" "SO-GA" "SO-GE" "SO-HI" "SO-JD" "SO-JH" "SO-MU"
        "SO-NU" "SO-SA" "SO-SD" "SO-SH" "SO-SO" "SO-TO" "SO-WO" "SR-BR" "SR-CM" "SR-CR" "SR-MA"
        "SR-NI" "SR-PM" "SR-PR" "SR-SA" "SR-SI" "SR-WA" "SS-BN" "SS-BW" "SS-EC" "SS-EE" "SS-EW"
        "SS-JG" "SS-LK" "SS-NU" "SS-UY" "SS-WR" "ST-01" "ST-02" "ST-03" "ST-04" "ST-05" "ST-06"
        "ST-P" "SV-AH" "SV-CA" "SV-CH" "SV-CU" "SV-LI" "SV-MO" "SV-PA" "SV-SA" "SV-SM" "SV-SO"
        "SV-SS" "SV-SV" "SV-UN" "SV-US" "SY-DI" "SY-DR" "SY-DY" "SY-HA" "SY-HI" "SY-HL" "SY-HM"
        "SY-ID" "SY-LA" "SY-QU" "SY-RA" "SY-RD" "SY-SU" "SY-TA" "SZ-HH" "SZ-LU" "SZ-MA" "SZ-SH"
        "TD-BA" "TD-BG" "TD-BO" "TD-CB" "TD-EE" "TD-EO" "TD-GR" "TD-HL" "TD-KA" "TD-LC" "TD-LO"
        "TD-LR" "TD-MA" "TD-MC" "TD-ME" "TD-MO" "TD-ND" "TD-OD" "TD-SA" "TD-SI" "TD-TA" "TD-TI"
        "TD-WF" "TG-C" "TG-K" "TG-M" "TG-P" "TG-S" "TH-10" "TH-11" "TH-12" "TH-13" "TH-14" "TH-15"
        "TH-16" "TH-17" "TH-18" "TH-19" "TH-20" "TH-21" "TH-22" "TH-23" "TH-24" "TH-25" "TH-26"
        "TH-27" "TH-30" "TH-31" "TH-32" "TH-33" "TH-34" "TH-35" "TH-36" "TH-37" "TH-38" "TH-39"
        "TH-40" "TH-41" "TH-42" "TH-43" "TH-44" "TH-45" "TH-46" "TH-47" "TH-48" "TH-49" "TH-50"
        "TH-51" "TH-52" "TH-53" "TH-54" "TH-55" "TH-56" "TH-57" "TH-58" "TH-60" "TH-61" "TH-62"
        "TH-63" "TH-64" "TH-65" "TH-66" "TH-67" "TH-70" "TH-71" "TH-72" "TH-73" "TH-74" "TH-75"
        "TH-76" "TH-77" "TH-80" "TH-81" "TH-82" "TH-83" "TH-84" "TH-85" "TH-86" "TH-90" "TH-91"
        "TH-92" "TH-93" "TH-94" "TH-95" "TH-96" "TH-S" "TJ-DU" "TJ-GB" "TJ-KT" "TJ-RA" "TJ-SU"
        "TL-AL" "TL-AN" "TL-BA" "TL-BO" "TL-CO" "TL-DI" "TL-ER" "TL-LA" "TL-LI" "TL-MF" "TL-MT"
        "TL-OE" "TL-VI" "TM-A" "TM-B" "TM-D" "TM-L" "TM-M" "TM-S" "TN-11" "TN-12" "TN-13" "TN-14"
        "TN-21" "TN-22" "TN-23" "TN-31" "TN-32" "TN-33" "TN-34" "TN-41" "TN-42" "TN-43" "TN-51"
        "TN-52" "TN-53" "TN-61" "TN-71" "TN-72" "TN-73" "TN-81" "TN-82" "TN-83" "TO-01" "TO-02"
        "TO-03" "TO-04" "TO-05" "TR-01" "TR-02" "TR-03" "TR-04" "TR-05" "TR-06" "TR-07" "TR-08"
        "TR-09" "TR-10" "TR-11" "TR-12" "TR-13" "TR-14" "TR-15" "TR-16" "TR-17" "TR-18" "TR-19"
        "TR-20" "TR-21" "TR-22" "TR-23" "TR-24" "TR-25" "TR-26" "TR-27" "TR-28" "TR-29" "TR-30"
        "TR-31" "TR-32" "TR-33" "TR-34" "TR-35" "TR-36" "TR-37" "TR-38" "TR-39" "TR-40" "TR-41"
        "TR-42" "TR-43" "TR-44" "TR-45" "TR-46" "TR-47" "TR-48" "TR-49" "TR-50" "TR-51" "TR-52"
        "TR-53" "TR-54" "TR-55" "TR-56" "TR-57" "TR-58" "TR-59" "TR-60" "TR-61" "TR-62" "TR-63"
        "TR-64" "TR-65" "TR-66" "TR-67" "TR-68" "TR-69" "TR-70" "TR-71" "TR-72" "TR-73" "TR-74"
        "TR-75" "TR-76" "TR-77" "TR-78" "TR-79" "TR-80" "TR-81" "TT-ARI" "TT-CHA" "TT-CTT" "TT-DMN"
        "TT-MRC" "TT-PED" "TT-POS" "TT-PRT" "TT-PTF" "TT-SFO" "TT-SGE" "TT-SIP" "TT-SJL" "TT-TOB"
        "TT-TUP" "TV-FUN" "TV-NIT" "TV-NKF" "TV-NKL" "TV-NMA" "TV-NMG" "TV-NUI" "TV-VAI" "TW-CHA"
        "TW-CYI" "TW-CYQ" "TW-HSQ" "TW-HSZ" "TW-HUA" "TW-ILA" "TW-KEE" "TW-KHH" "TW-KIN" "TW-LIE"
        "TW-MIA" "TW-NAN" "TW-NWT" "TW-PEN" "TW-PIF" "TW-TAO" "TW-TNN" "TW-TPE" "TW-TTT" "TW-TXG"
        "TW-YUN" "TZ-01" "TZ-02" "TZ-03" "TZ-04" "TZ-05" "TZ-06" "TZ-07" "TZ-08" "TZ-09" "TZ-10"
        "TZ-11" "TZ-12" "TZ-13" "TZ-14" "TZ-15" "TZ-16" "TZ-17" "TZ-18" "TZ-19" "TZ-20" "TZ-21"
        "TZ-22" "TZ-23" "TZ-24" "TZ-25" "TZ-26" "TZ-27" "TZ-28" "TZ-29" "TZ-30" "TZ-31" "UA-05"
        "UA-07" "UA-09" "UA-12" "UA-14" "UA-18" "UA-21" "UA-23" "UA-26" "UA-30" "UA-32" "UA-35"
        "UA-40" "UA-43" "UA-46" "UA-48" "UA-51" "UA-53" "UA-56" "UA-59" "UA-61" "UA-63" "UA-65"
        "UA-68" "UA-71" "UA-74" "UA-77" "UG-101" "UG-102" "UG-103" "UG-104" "UG-105" "UG-106"
        "UG-107" "UG-108" "UG-109" "UG-110" "UG-111" "UG-112" "UG-113" "UG-114" "UG-115" "UG-116"
        "UG-117" "UG-118" "UG-119" "UG-120" "UG-121" "UG-122" "UG-123" "UG-124" "UG-125" "UG-126"
        "UG-201" "UG-202" "UG-203" "UG-204" "UG-205" "UG-206" "UG-207" "UG-208" "UG-209" "UG-210"
        "UG-211" "UG-212" "UG-213" "UG-214" "UG-215" "UG-216" "UG-217" "UG-218" "UG-219" "UG-220"
        "UG-221" "UG-222" "UG-223" "UG-224" "UG-225" "UG-226" "UG-227" "UG-228" "UG-229" "UG-230"
        "UG-231" "UG-232" "UG-233" "UG-234" "UG-235" "UG-236" "UG-237" "UG-301" "UG-302" "UG-303"
        "UG-304" "UG-305" "UG-306" "UG-307" "UG-308" "UG-309" "UG-310" "UG-311" "UG-312" "UG-313"
        "UG-314" "UG-315" "UG-316" "UG-317" "UG-318" "UG-319" "UG-320" "UG-321" "UG-322" "UG-323"
        "UG-324" "UG-325" "UG-326" "UG-327" "UG-328" "UG-329" "UG-330" "UG-331" "UG-332" "UG-333"
        "UG-334" "UG-335" "UG-336" "UG-337" "UG-401" "UG-402" "UG-403" "UG-404" "UG-405" "UG-406"
        "UG-407" "UG-408" "UG-409" "UG-410" "UG-411" "UG-412" "UG-413" "UG-414" "UG-415" "UG-416"
        "UG-417" "UG-418" "UG-419" "UG-420" "UG-421" "UG-422" "UG-423" "UG-424" "UG-425" "UG-426"
        "UG-427" "UG-428" "UG-429" "UG-430" "UG-431" "UG-432" "UG-433" "UG-434" "UG-435" "UG-C"
        "UG-E" "UG-N" "UG-W" "UM-67" "UM-71" "UM-76" "UM-79" "UM-81" "UM-84" "UM-86" "UM-89" "UM-95"
        "US-AK" "US-AL" "US-AR" "US-AS" "US-AZ" "US-CA" "US-CO" "US-CT" "US-DC" "US-DE" "US-FL"
        "US-GA" "US-GU" "US-HI" "US-IA" "US-ID" "US-IL" "US-IN" "US-KS" "US-KY" "US-LA" "US-MA"
        "US-MD" "US-ME" "US-MI" "US-MN" "US-MO" "US-MP" "US-MS" "US-MT" "US-NC" "US-ND" "US-NE"
        "US-NH" "US-NJ" "US-NM" "US-NV" "US-NY" "US-OH" "US-OK" "US-OR" "US-PA" "US-PR" "US-RI"
        "US-SC" "US-SD" "US-TN" "US-TX" "US-UM" "US-UT" "US-VA" "US-VI" "US-VT" "US-WA" "US-WI"
        "US-WV" "US-WY" "UY-AR" "UY-CA" "UY-CL" "UY-CO" "UY-DU" "UY-FD" "UY-FS" "UY-LA" "UY-MA"
        "UY-MO" "UY-PA" "UY-RN" "UY-RO" "UY-RV" "UY-SA" "UY-SJ" "UY-SO" "UY-TA" "UY-TT" "UZ-AN"
        "UZ-BU" "UZ-FA" "UZ-JI" "UZ-NG" "UZ-NW" "UZ-QA" "UZ-QR" "UZ-SA" "UZ-SI" "UZ-SU" "UZ-TK"
        "UZ-TO" "UZ-XO" "VC-01" "VC-02" "VC-03" "VC-04" "VC-05" "VC-06" "VE-A" "VE-B" "VE-C" "VE-D"
        "VE-E" "VE-F" "VE-G" "VE-H" "VE-I" "VE-J" "VE-K" "VE-L" "VE-M" "VE-N" "VE-O" "VE-P" "VE-R"
        "VE-S" "VE-T" "VE-U" "VE-V" "VE-W" "VE-X" "VE-Y" "VE-Z" "VN-01" "VN-02" "VN-03" "VN-04"
        "VN-05" "VN-06" "VN-07" "VN-09" "VN-13" "VN-14" "VN-18" "VN-20" "VN-21" "VN-22" "VN-23"
        "VN-24" "VN-25" "VN-26" "VN-27" "VN-28" "VN-29" "VN-30" "VN-31" "VN-32" "VN-33" "VN-34"
        "VN-35" "VN-36" "VN-37" "VN-39" "VN-40" "VN-41" "VN-43" "VN-44" "VN-45" "VN-46" "VN-47"
        "VN-49" "VN-50" "VN-51" "VN-52" "VN-53" "VN-54" "VN-55" "VN-56" "VN-57" "VN-58" "VN-59"
        "VN-61" "VN-63" "VN-66" "VN-67" "VN-68" "VN-69" "VN-70" "VN-71" "VN-72" "VN-73" "VN-CT"
        "VN-DN" "VN-HN" "VN-HP" "VN-SG" "VU-MAP" "VU-PAM" "VU-SAM" "VU-SEE" "VU-TAE" "VU-TOB"
        "WF-AL" "WF-SG" "WF-UV" "WS-AA" "WS-AL" "WS-AT" "WS-FA" "WS-GE" "WS-GI" "WS-PA" "WS-SA"
        "WS-TU" "WS-VF" "WS-VS" "YE-AB" "YE-AD" "YE-AM" "YE-BA" "YE-DA" "YE-DH" "YE-HD" "YE-HJ"
        "YE-HU" "YE-IB" "YE-JA" "YE-LA" "YE-MA" "YE-MR" "YE-MW" "YE-RA" "YE-SA" "YE-SD" "YE-SH"
        "YE-SN" "YE-SU" "YE-TA" "ZA-EC" "ZA-FS" "ZA-GP" "ZA-KZN" "ZA-LP" "ZA-MP" "ZA-NC" "ZA-NW"
        "ZA-WC" "ZM-01" "ZM-02" "ZM-03" "ZM-04" "ZM-05" "ZM-06" "ZM-07" "ZM-08" "ZM-09" "ZM-10"
        "ZW-BU" "ZW-HA" "ZW-MA" "ZW-MC" "ZW-ME" "ZW-MI" "ZW-MN" "ZW-MS" "ZW-MV" "ZW-MW"
      ) ;
      sh:description "The country subdivision (state/region) where the LEI number is registered." ] .

# gx:EORI
lo:EORIShape
  a sh:NodeShape ;
  sh:targetClass gx:EORI ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:eori ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The Economic Operators Registration and Identification number (EORI)." ],
    [ sh:path gx:country ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The country where the EORI is registered written in plain english." ] .

# gx:EUID
lo:EUIDShape
  a sh:NodeShape ;
  sh:targetClass gx:EUID ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:euid ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The European Unique Identifier (EUID) for business located in the European Economic Area, Iceland, Liechtenstein or Norway and registered in the Business Registers Interconnection System (BRIS). This number can be found via the EU Business registers portal." ] .

# gx:LocalRegistrationNumber
lo:LocalRegistrationNumberShape
  a sh:NodeShape ;
  sh:targetClass gx:LocalRegistrationNumber ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:local ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The state issued company number." ] .

# gx:TaxID: Company tax ID used to identify it through the OpenCorporate service.
lo:TaxIDShape
  a sh:NodeShape ;
  sh:targetClass gx:TaxID ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path schema:taxID ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The company tax ID." ] .


# ==================================================================================================
# Service offerings
# ==================================================================================================

# gx:ServiceOffering: A digital service available for order.
lo:ServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:ServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:instantiationReq gx:multipleViews gx:connectedNetworkZ gx:versioning gx:prefixSetZ
    gx:computeFunctionEditor gx:computeFunctionAllowFSMount gx:storageConsistency gx:serviceType
    gx:lifetimeManagement gx:computeFunctionAllowAutoScaling gx:connectivityConfiguration
    gx:computeFunctionDebugTools gx:prefixSetA rdf:type gx:interfaceType gx:maximumSize
    gx:connectionType gx:computeFunctionAllowTimeout gx:computeFunctionAllowQuota gx:circuitType
    gx:computeFunctionAllowVersioning gx:dataViews gx:computeFunctionConfiguration
    gx:vlanConfiguration gx:protocolType gx:accessAttributes gx:connectedNetworkA gx:minimumSize
    gx:accessSemantics gx:storageConfiguration gx:maximumObjectSize gx:objectAPICompatibility
    gx:publicIpAddressProvisioning gx:ipVersion gx:connectivityQoS gx:tenantSeparation
    gx:codeArtifact
  ) ;
  sh:property
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:aggregationOfResources, the same in 18 node shapes.
lo:ServiceOffering-aggregationOfResources
  sh:path gx:aggregationOfResources ;
  sh:name "aggregation of" ;
  sh:or ( [ sh:class gx:Resource ] ) ;
  sh:description "A resolvable link of resources related to an entity and that can exist independently of it." .

# gx:providedBy, the same in 8 node shapes.
lo:ServiceOffering-providedBy
  sh:path gx:providedBy ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalPerson ;
  sh:description "A resolvable link to Gaia-X Credential of the participant providing the service." .

# gx:dependsOn, the same in 8 node shapes.
lo:ServiceOffering-dependsOn
  sh:path gx:dependsOn ;
  sh:name "depends on" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:ServiceOffering ;
  sh:description "A list of resolvable links to Gaia-X Credentials of service offerings related to the service and that can exist independently of it." .

# gx:serviceOfferingTermsAndConditions, the same in 8 node shapes.
lo:ServiceOffering-serviceOfferingTermsAndConditions
  sh:path gx:serviceOfferingTermsAndConditions ;
  sh:name "terms and conditions" ;
  sh:minCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:TermsAndConditions ;
  sh:description "One or more Terms and Conditions applying to that service." .

# gx:servicePolicy, the same in 8 node shapes.
lo:ServiceOffering-servicePolicy
  sh:path gx:servicePolicy ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:AccessUsagePolicy ;
  sh:description "One or more policies expressed using a DSL (e.g., Rego or ODRL) (access control, throttling, usage, retention, ...)." .

# gx:dataProtectionRegime, the same in 8 node shapes.
lo:ServiceOffering-dataProtectionRegime
  sh:path gx:dataProtectionRegime ;
  sh:name "data protection regime" ;
  sh:in ( "GDPR2016" "LGPD2019" "PDPA2012" "CCPA2018" "VCDPA2021" ) ;
  sh:description "One or more data protection regimes applying to the service offering." .

# gx:dataAccountExport, the same in 8 node shapes.
lo:ServiceOffering-dataAccountExport
  sh:path gx:dataAccountExport ;
  sh:name "data account export" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:DataAccountExport ;
  sh:description "One or more methods to export data out of the service." .

# gx:keyword, the same in 8 node shapes.
lo:ServiceOffering-keyword
  sh:path gx:keyword ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Keywords that describe / tag the service." .

# gx:provisionType, the same in 8 node shapes.
lo:ServiceOffering-provisionType
  sh:path gx:provisionType ;
  sh:name "provision type" ;
  sh:maxCount 1 ;
  sh:in ( "private" "public" "hybrid" ) ;
  sh:description "Provision type of the service" .

# gx:endpoint, the same in 8 node shapes.
lo:ServiceOffering-endpoint
  sh:path gx:endpoint ;
  sh:name "endpoint" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Endpoint ;
  sh:description "Endpoint through which the Service Offering can be accessed." .

# gx:hostedOn, the same in 8 node shapes.
lo:ServiceOffering-hostedOn
  sh:path gx:hostedOn ;
  sh:name "hosted on" ;
  sh:or ( [ sh:class gx:VirtualResource ] [ sh:class gx:PhysicalResource ] ) ;
  sh:description "List of Resource references where service is hosted and can be instantiated. Can refer to availabilty zones, data centers, regions, etc." .

# gx:serviceScope, the same in 8 node shapes.
lo:ServiceOffering-serviceScope
  sh:path gx:serviceScope ;
  sh:name "Service scope" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Plain text describing the service scope." .

# gx:legalDocuments, the same in 8 node shapes.
lo:ServiceOffering-legalDocuments
  sh:path gx:legalDocuments ;
  sh:name "Legal Documents" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalDocument ;
  sh:description "A list of legal documents in relation to the service or the customer." .

# gx:subContractors, the same in 8 node shapes.
lo:ServiceOffering-subContractors
  sh:path gx:subContractors ;
  sh:name "Sub-contractors" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:SubContractor ;
  sh:description "A list of sub-contractors processing customer data." .

# gx:customerInstructions, the same in 8 node shapes.
lo:ServiceOffering-customerInstructions
  sh:path gx:customerInstructions ;
  sh:name "Customer instructions" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:CustomerInstructions ;
  sh:description "One or more customer instructions describing the Customer instructions regarding any data therein." .

# gx:dataPortability, the same in 8 node shapes.
lo:ServiceOffering-dataPortability
  sh:path gx:dataPortability ;
  sh:name "Data Portability" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:DataPortability ;
  sh:description "One or more data portability documents describing the data portability measures for the stored Customer data." .

# gx:possiblePersonalDataTransfers, the same in 8 node shapes.
lo:ServiceOffering-possiblePersonalDataTransfers
  sh:path gx:possiblePersonalDataTransfers ;
  sh:name "Possible Personal Data Transfer" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:DataTransfer ;
  sh:description "One or more data transfer documents describing if and to which extent Customer data transfers will happen." .

# gx:requiredMeasures, the same in 8 node shapes.
lo:ServiceOffering-requiredMeasures
  sh:path gx:requiredMeasures ;
  sh:name "Required measures" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Measure ;
  sh:description "One or more technical and organizational measures." .

# gx:cryptographicSecurityStandards, the same in 8 node shapes.
lo:ServiceOffering-cryptographicSecurityStandards
  sh:path gx:cryptographicSecurityStandards ;
  sh:name "Cryptographic security standard" ;
  sh:in ( "FIPS186-5" "FIPS180-4" "RFC9142" "RFC5406" "RFC7296" "RFC8446" "RFC7515" ) ;
  sh:description "One or more cryptographic security standards protecting authenticity or integrity of the data." .

# gx:providerContactInformation, the same in 8 node shapes.
lo:ServiceOffering-providerContactInformation
  sh:path gx:providerContactInformation ;
  sh:name "Provider Contact Information" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:ContactInformation ;
  sh:description "The contact information where the customer can contact the provider of this service." .

# gx:InfrastructureServiceOffering: A digital service available for order and offering
# computational, storage and/pr network capabilities. Open shape (sh:closed false).
lo:InfrastructureServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:InfrastructureServiceOffering ;
  sh:closed false ;
  sh:property
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:ComputeServiceOffering: A digital service available for order and offering computational
# capabilities. Open shape (sh:closed false).
lo:ComputeServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:ComputeServiceOffering ;
  sh:closed false ;
  sh:property
    lo:ComputeServiceOffering-tenantSeparation,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:tenantSeparation, the same in 2 node shapes.
lo:ComputeServiceOffering-tenantSeparation
  sh:path gx:tenantSeparation ;
  sh:name "tenant separation" ;
  sh:maxCount 1 ;
  sh:in (
    "hw-virtualized"
    "sw-virtualized"
    "os-virtualized"
    "os-hw-virtualized"
    "hw-partitioned"
    "physical"
  ) ;
  sh:description "How compute resources of different tenants are separated. Default value = hw-virtualized." .

# gx:VirtualMachineServiceOffering: A digital service available for order and offering computational
# capabilities.
lo:VirtualMachineServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:VirtualMachineServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:codeArtifact ;
      sh:name "Code Artifact" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:VMImage ;
      sh:description "Compute Service Code Artifacts." ],
    [ sh:path gx:instantiationReq ;
      sh:name "Instantiation Requirement" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:ServerFlavor ;
      sh:description "Set of technical requirements or conditions to instantiate this service offering." ],
    lo:ComputeServiceOffering-tenantSeparation,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:StorageServiceOffering: A digital service available for order and offering storage
# capabilities.
lo:StorageServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:StorageServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:accessSemantics rdf:type gx:maximumObjectSize gx:objectAPICompatibility gx:accessAttributes
  ) ;
  sh:property
    lo:StorageServiceOffering-minimumSize,
    lo:StorageServiceOffering-maximumSize,
    lo:StorageServiceOffering-storageConfiguration,
    lo:StorageServiceOffering-lifetimeManagement,
    lo:StorageServiceOffering-versioning,
    lo:StorageServiceOffering-storageConsistency,
    lo:StorageServiceOffering-dataViews,
    lo:StorageServiceOffering-multipleViews,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:minimumSize, the same in 4 node shapes.
lo:StorageServiceOffering-minimumSize
  sh:path gx:minimumSize ;
  sh:name "Minimum Size" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MemorySize ;
  sh:description "Minimum Capacity (expressed as value + unit) supported by the service." .

# gx:maximumSize, the same in 4 node shapes.
lo:StorageServiceOffering-maximumSize
  sh:path gx:maximumSize ;
  sh:name "Maximum Size" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MemorySize ;
  sh:description "Maximum Capacity (expressed as value + unit) supported by the service." .

# gx:storageConfiguration, the same in 2 node shapes.
lo:StorageServiceOffering-storageConfiguration
  sh:path gx:storageConfiguration ;
  sh:name "Storage Configuration" ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:StorageConfiguration ;
  sh:description "Attributes that are configurable at service instantiation." .

# gx:lifetimeManagement, the same in 4 node shapes.
lo:StorageServiceOffering-lifetimeManagement
  sh:path gx:lifetimeManagement ;
  sh:name "LifetimeManagement" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:integer ;
  sh:description "Lifetime (in hours) of data (since last access), before it is moved externally, archived or deleted and will not be accessible through the storage service." .

# gx:versioning, the same in 4 node shapes.
lo:StorageServiceOffering-versioning
  sh:path gx:versioning ;
  sh:name "Versioning" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "Whether versioning is available on this storage service." .

# gx:storageConsistency, the same in 4 node shapes.
lo:StorageServiceOffering-storageConsistency
  sh:path gx:storageConsistency ;
  sh:name "Storage Consistency" ;
  sh:maxCount 1 ;
  sh:in ( "Strong" "Session" "Eventual" "Bounded-Staleness" "Other" ) ;
  sh:description "Consistency model provided. See https://en.wikipedia.org/wiki/Consistency_model" .

# gx:dataViews, the same in 4 node shapes.
lo:StorageServiceOffering-dataViews
  sh:path gx:dataViews ;
  sh:name "Data Views" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "Capability to compose logical data views and present the subset of the data as a logical data entity" .

# gx:multipleViews, the same in 4 node shapes.
lo:StorageServiceOffering-multipleViews
  sh:path gx:multipleViews ;
  sh:name "Multiple Views" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "Capability for multiple views. For example is it possible to view Objects as Files, or the other way around" .

# gx:BlockStorageServiceOffering: A digital service available for order and offering block storage
# capabilities.
lo:BlockStorageServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:BlockStorageServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:StorageServiceOffering-minimumSize,
    lo:StorageServiceOffering-maximumSize,
    [ sh:path gx:storageConfiguration ;
      sh:name "Storage Configuration" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:BlockStorageConfiguration ;
      sh:description "Attributes that are configurable at service instantiation." ],
    lo:StorageServiceOffering-lifetimeManagement,
    lo:StorageServiceOffering-versioning,
    lo:StorageServiceOffering-storageConsistency,
    lo:StorageServiceOffering-dataViews,
    lo:StorageServiceOffering-multipleViews,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:ObjectStorageServiceOffering: A digital service available for order and offering object storage
# capabilities.
lo:ObjectStorageServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:ObjectStorageServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:ObjectStorageServiceOffering-accessAttributes,
    [ sh:path gx:maximumObjectSize ;
      sh:name "Maximum Object Size" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemorySize ;
      sh:description "Maximum size for objects supported by the service." ],
    [ sh:path gx:objectAPICompatibility ;
      sh:name "Object API Compatibility" ;
      sh:in ( "Swift" "CDMI" "S3" "Azure-Blob" "CloudStorage" ) ;
      sh:description "Compatibility for third party object storage  APIs. Ref:https://docs.aws.amazon.com/AmazonS3/latest/API/Type_API_Reference.html, https://docs.microsoft.com/en-us/rest/api/storageservices/blob-service-rest-api" ],
    lo:StorageServiceOffering-minimumSize,
    lo:StorageServiceOffering-maximumSize,
    lo:StorageServiceOffering-storageConfiguration,
    lo:StorageServiceOffering-lifetimeManagement,
    lo:StorageServiceOffering-versioning,
    lo:StorageServiceOffering-storageConsistency,
    lo:StorageServiceOffering-dataViews,
    lo:StorageServiceOffering-multipleViews,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:accessAttributes, the same in 2 node shapes.
lo:ObjectStorageServiceOffering-accessAttributes
  sh:path gx:accessAttributes ;
  sh:name "Access Attributes" ;
  sh:in ( "Read-Only" "Read-Write" "Append-Only" ) ;
  sh:description "Supported access attributes (ie how the data can be accessed, read only, read-write, append-only, etc.)" .

# gx:FileStorageServiceOffering: A digital service available for order and offering file storage
# capabilities.
lo:FileStorageServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:FileStorageServiceOffering ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:accessSemantics ;
      sh:name "Access Semantics" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "Does I/O conform to the POSIX standard? See https://en.wikipedia.org/wiki/POSIX." ],
    lo:ObjectStorageServiceOffering-accessAttributes,
    lo:StorageServiceOffering-minimumSize,
    lo:StorageServiceOffering-maximumSize,
    [ sh:path gx:storageConfiguration ;
      sh:name "Storage Configuration" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:FileStorageConfiguration ;
      sh:description "Attributes that are configurable at service instantiation." ],
    lo:StorageServiceOffering-lifetimeManagement,
    lo:StorageServiceOffering-versioning,
    lo:StorageServiceOffering-storageConsistency,
    lo:StorageServiceOffering-dataViews,
    lo:StorageServiceOffering-multipleViews,
    lo:ServiceOffering-aggregationOfResources,
    lo:ServiceOffering-providedBy,
    lo:ServiceOffering-dependsOn,
    lo:ServiceOffering-serviceOfferingTermsAndConditions,
    lo:ServiceOffering-servicePolicy,
    lo:ServiceOffering-dataProtectionRegime,
    lo:ServiceOffering-dataAccountExport,
    lo:ServiceOffering-keyword,
    lo:ServiceOffering-provisionType,
    lo:ServiceOffering-endpoint,
    lo:ServiceOffering-hostedOn,
    lo:ServiceOffering-serviceScope,
    lo:ServiceOffering-legalDocuments,
    lo:ServiceOffering-subContractors,
    lo:ServiceOffering-customerInstructions,
    lo:ServiceOffering-dataPortability,
    lo:ServiceOffering-possiblePersonalDataTransfers,
    lo:ServiceOffering-requiredMeasures,
    lo:ServiceOffering-cryptographicSecurityStandards,
    lo:ServiceOffering-providerContactInformation,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .


# ==================================================================================================
# What an offering states
# ==================================================================================================

# gx:TermsAndConditions: Terms and Conditions applying to a service offering.
lo:TermsAndConditionsShape
  a sh:NodeShape ;
  sh:targetClass gx:TermsAndConditions ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:ContactInformation-url,
    [ sh:path gx:hash ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "SHA-256 hash of the document." ] .

# gx:DataAccountExport: List of methods to export data from your account out of the service.
lo:DataAccountExportShape
  a sh:NodeShape ;
  sh:targetClass gx:DataAccountExport ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:requestType ;
      sh:name "request type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "API" "email" "webform" "unregisteredLetter" "registeredLetter" "supportCenter" ) ;
      sh:description "The mean to request data retrieval: API, email, webform, unregisteredLetter, registeredLetter, supportCenter." ],
    [ sh:path gx:accessType ;
      sh:name "access type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "digital" "physical" ) ;
      sh:description "Type of data support: digital, physical." ],
    [ sh:path gx:formatType ;
      sh:name "format type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in lo:MediaTypes ;
      sh:description "Type of Media Types (formerly known as MIME types) as defined by the IANA." ] .

# gx:AccessUsagePolicy: An access or usage policy expressed using a DSL (e.g., Rego or ODRL) (access
# control, throttling, usage, retention, ...).
lo:AccessUsagePolicyShape
  a sh:NodeShape ;
  sh:targetClass gx:AccessUsagePolicy ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:policyLanguage ;
      sh:name "Policy Language Type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "ODRL" "XACML" "Rego" "JSON" "Other" ) ;
      sh:description "The language in which the policy is expressed (e.g., ODRL, XACML, Rego, JSON-based policies)." ],
    [ sh:path gx:policyDocument ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or (
        [ sh:nodeKind sh:Literal ; sh:datatype xsd:string ]
        [ sh:nodeKind sh:Literal ; sh:datatype xsd:anyURI ]
      ) ;
      sh:description "A link to the actual policy or the content of the policy itself." ] .

# gx:Endpoint: An endpoint is a mean to access and interact with a service or a resource.
lo:EndpointShape
  a sh:NodeShape ;
  sh:targetClass gx:Endpoint ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:endpointURL ;
      sh:name "endpoint URL" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:anyURI ;
      sh:description "The URL of the endpoint where it can be accessed." ],
    [ sh:path gx:standardConformity ;
      sh:name "standard conformity" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:StandardConformity ;
      sh:description "Provides information about applied standards." ],
    [ sh:path gx:formalDescription ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The formal description (e.g. openAPI Description) of the endpoint." ] .

# gx:StandardConformity: Details about standard applied to Gaia-X entities.
lo:StandardConformityShape
  a sh:NodeShape ;
  sh:targetClass gx:StandardConformity ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path dcterms:title ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Name of the standard." ],
    [ sh:path gx:standardReference ;
      sh:name "standard reference" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:anyURI ;
      sh:description "Provides a link to schemas or details about applied standards." ],
    [ sh:path gx:publisher ;
      sh:name "publisher" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Publisher of the standard." ] .

# gx:SubContractor: Represents a subcontractor with specific legal and communication attributes.
lo:SubContractorShape
  a sh:NodeShape ;
  sh:targetClass gx:SubContractor ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:applicableJurisdiction ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "AF" "EG" "AX" "AL" "DZ" "VI" "UM" "AS" "AD" "AO" "AI" "AQ" "AG" "GQ" "SY" "AR" "AM" "AW"
        "AZ" "ET" "AU" "BS" "BH" "BD" "BB" "BE" "BZ" "BJ" "BM" "BT" "VE" "BQ" "BA" "BW" "BV" "BR"
        "VG" "IO" "BN" "BG" "BF" "BI" "CV" "CL" "CN" "CK" "CR" "CI" "CW" "DK" "CD" "KP" "LA" "DE"
        "DM" "DO" "DJ" "EC" "MK" "SV" "ER" "EE" "FK" "FO" "FJ" "FI" "FM" "FR" "TF" "GF" "PF" "GA"
        "GM" "GE" "GH" "GI" "GD" "GR" "GL" "GP" "GU" "GT" "GG" "GN" "GW" "GY" "HT" "HM" "HN" "HK"
        "IN" "ID" "IM" "IQ" "IE" "IR" "IS" "IL" "IT" "JM" "JP" "YE" "JE" "JO" "KY" "KH" "CM" "CA"
        "KZ" "QA" "KE" "KG" "KI" "CC" "CO" "KM" "CG" "HR" "CU" "KW" "LS" "LV" "LB" "LR" "LY" "LI"
        "LT" "LU" "MO" "MG" "MW" "MY" "MV" "ML" "MT" "MP" "MA" "MH" "MQ" "MR" "MU" "YT" "MX" "MC"
        "MN" "MS" "ME" "MZ" "MM" "NA" "NR" "NP" "NC" "NZ" "NI" "NL" "NE" "NG" "NU" "NF" "NO" "OM"
        "AT" "PK" "PW" "PS" "PA" "PG" "PY" "PE" "PH" "PN" "BO" "PL" "PT" "PR" "KR" "MD" "RE" "RW"
        "RO" "RU" "SB" "ZM" "WS" "SM" "ST" "SA" "SE" "CH" "SN" "RS" "SC" "SL" "ZW" "SG" "SK" "SI"
        "SO" "ES" "LK" "BL" "SH" "KN" "LC" "MF" "SX" "PM" "VC" "ZA" "SD" "GS" "SS" "SR" "SJ" "SZ"
        "TJ" "TW" "TH" "TL" "TG" "TK" "TO" "TT" "TD" "CZ" "TN" "TR" "TM" "TC" "TV" "UG" "UA" "HU"
        "UY" "UZ" "VU" "VA" "AE" "TZ" "US" "GB" "VN" "WF" "CX" "BY" "EH" "CF" "CY"
      ) ;
      sh:description "The jurisdiction under which the subcontractor operates." ],
    [ sh:path gx:legalName ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "The legal name of the subcontractor." ],
    [ sh:path gx:communicationMethods ;
      sh:minCount 1 ;
      sh:or (
        [ sh:nodeKind sh:Literal ; sh:datatype xsd:string ]
        [ sh:class gx:LegalDocument ]
      ) ;
      sh:description "The method of communication with the subcontractor." ],
    [ sh:path gx:informationDocuments ;
      sh:minCount 1 ;
      sh:or (
        [ sh:nodeKind sh:Literal ; sh:datatype xsd:anyURI ]
        [ sh:class gx:LegalDocument ]
      ) ;
      sh:description "Documents providing additional information about the subcontractor." ] .

# gx:Measure: Defines a specific measure taken, including related legal documentation.
lo:MeasureShape
  a sh:NodeShape ;
  sh:targetClass gx:Measure ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path schema:description ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Description of the measure." ],
    [ sh:path gx:legalDocuments ;
      sh:name "Legal Documents" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalDocument ;
      sh:description "Legal documents associated with the measure." ] .

# gx:CustomerInstructions: Defines how customers can instruct the provider regarding data
# processing.
lo:CustomerInstructionsShape
  a sh:NodeShape ;
  sh:targetClass gx:CustomerInstructions ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:terms ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalDocument ;
      sh:description "Terms and conditions to provide instructions for processing the data." ],
    [ sh:path gx:means ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalDocument ;
      sh:description "Describes how the customer can instruct the provider with regards to the processing of data." ] .

# gx:DataPortability: Which resource of the service offering is concerned by this data portability
# measure.
lo:DataPortabilityShape
  a sh:NodeShape ;
  sh:targetClass gx:DataPortability ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:resource ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Resource of the service offering concerned by data portability." ],
    [ sh:path gx:contactInformation ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:ContactInformation ;
      sh:description "Allows to provide a specific provider contact point for data portability." ],
    [ sh:path gx:means ;
      sh:minCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Means used to transfer the customer's stored data to another provider." ],
    [ sh:path gx:documentations ;
      sh:minCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:anyURI ;
      sh:description "Documentations explaining how data portability can be done, in the sense of a manual." ],
    [ sh:path gx:legalDocument ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalDocument ;
      sh:description "Legal document describing the data portability agreement between the Provider and the Customer hence creating obligations." ],
    [ sh:path gx:deletionMethods ;
      sh:minCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Methods used to delete the customer's data." ],
    [ sh:path gx:deletionTimeframe ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Timeframe within which the customer's data will be deleted." ],
    [ sh:path gx:formats ;
      sh:minCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Technical formats for which the Provider will ensure support for importation or exportation processes. For example, YAML, JSON, etc. or even vendor specific formats." ],
    [ sh:path gx:pricing ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:anyURI ;
      sh:description "Link to the service's pricing page." ] .

# gx:DataTransfer: Defines the basic structure for data transfers, including reasons and scope.
lo:DataTransferShape
  a sh:NodeShape ;
  sh:targetClass gx:DataTransfer ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:subProcessorManagement rdf:type gx:country gx:subProcessor gx:securingMechanism
  ) ;
  sh:property
    [ sh:path gx:reason ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Reason for which the transfer might occur." ],
    [ sh:path gx:scope ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Perimeter of data that will be transferred." ] .


# ==================================================================================================
# Legal documents (evidence)
# ==================================================================================================

# gx:LegalDocument: A document that has legal significance, typically outlining terms, conditions,
# or regulations. The official shapes repeat this closed shape verbatim for each of the 27
# subclasses below, so one shape targets them all.
lo:LegalDocumentShape
  a sh:NodeShape ;
  sh:targetClass
    gx:LegalDocument,
    gx:AccessControlManagement,
    gx:AssetsManagement,
    gx:BusinessContinuityMeasures,
    gx:ChangeAndConfigurationManagement,
    gx:ComplianceAssurance,
    gx:CopyrightAndIntellectualPropertyDocument,
    gx:CustomerAuditingRights,
    gx:CustomerDataAccessTerms,
    gx:CustomerDataProcessingTerms,
    gx:DataProtectionRegulationMeasures,
    gx:DevelopmentCycleSecurity,
    gx:DocumentChangeProcedures,
    gx:EmployeeResponsibilities,
    gx:EnvironmentalImpactReport,
    gx:GovernmentInvestigationManagement,
    gx:InformationSecurityOrganization,
    gx:InformationSecurityPolicies,
    gx:InformationSecurityRiskManagement,
    gx:LegallyBindingAct,
    gx:OperationalSecurity,
    gx:PhysicalSecurity,
    gx:ProcurementManagementSecurity,
    gx:ProductSecurity,
    gx:RoleAndResponsibilities,
    gx:SecurityIncidentManagement,
    gx:ServiceAgreementOffer,
    gx:UserDocumentationMaintenance ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:ContactInformation-url,
    [ sh:path gx:mimeTypes ;
      sh:name "MIME Types" ;
      sh:in lo:MediaTypes ;
      sh:description "The MIME types associated with the legal document." ],
    [ sh:path gx:governingLawCountries ;
      sh:name "Governing Law Countries" ;
      sh:in (
        "AF" "EG" "AX" "AL" "DZ" "VI" "UM" "AS" "AD" "AO" "AI" "AQ" "AG" "GQ" "SY" "AR" "AM" "AW"
        "AZ" "ET" "AU" "BS" "BH" "BD" "BB" "BE" "BZ" "BJ" "BM" "BT" "VE" "BQ" "BA" "BW" "BV" "BR"
        "VG" "IO" "BN" "BG" "BF" "BI" "CV" "CL" "CN" "CK" "CR" "CI" "CW" "DK" "CD" "KP" "LA" "DE"
        "DM" "DO" "DJ" "EC" "MK" "SV" "ER" "EE" "FK" "FO" "FJ" "FI" "FM" "FR" "TF" "GF" "PF" "GA"
        "GM" "GE" "GH" "GI" "GD" "GR" "GL" "GP" "GU" "GT" "GG" "GN" "GW" "GY" "HT" "HM" "HN" "HK"
        "IN" "ID" "IM" "IQ" "IE" "IR" "IS" "IL" "IT" "JM" "JP" "YE" "JE" "JO" "KY" "KH" "CM" "CA"
        "KZ" "QA" "KE" "KG" "KI" "CC" "CO" "KM" "CG" "HR" "CU" "KW" "LS" "LV" "LB" "LR" "LY" "LI"
        "LT" "LU" "MO" "MG" "MW" "MY" "MV" "ML" "MT" "MP" "MA" "MH" "MQ" "MR" "MU" "YT" "MX" "MC"
        "MN" "MS" "ME" "MZ" "MM" "NA" "NR" "NP" "NC" "NZ" "NI" "NL" "NE" "NG" "NU" "NF" "NO" "OM"
        "AT" "PK" "PW" "PS" "PA" "PG" "PY" "PE" "PH" "PN" "BO" "PL" "PT" "PR" "KR" "MD" "RE" "RW"
        "RO" "RU" "SB" "ZM" "WS" "SM" "ST" "SA" "SE" "CH" "SN" "RS" "SC" "SL" "ZW" "SG" "SK" "SI"
        "SO" "ES" "LK" "BL" "SH" "KN" "LC" "MF" "SX" "PM" "VC" "ZA" "SD" "GS" "SS" "SR" "SJ" "SZ"
        "TJ" "TW" "TH" "TL" "TG" "TK" "TO" "TT" "TD" "CZ" "TN" "TR" "TM" "TC" "TV" "UG" "UA" "HU"
        "UY" "UZ" "VU" "VA" "AE" "TZ" "US" "GB" "VN" "WF" "CX" "BY" "EH" "CF" "CY"
      ) ;
      sh:description "Countries under whose laws the document is governed." ],
    [ sh:path gx:involvedParties ;
      sh:name "Involved Parties" ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LegalPerson ;
      sh:description "Legal entities involved or mentioned in the legal document." ] .


# ==================================================================================================
# Resources and where they are
# ==================================================================================================

# gx:Resource: Description of a good or object of the Gaia-X Ecosystem, and may be aggregated in a
# Service Offering or exist independently of it. Open shape (sh:closed false).
lo:ResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:Resource ;
  sh:closed false ;
  sh:property
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:PhysicalResource: A Physical resource is, but not limited to, a datacenter, a bare-metal
# service, a warehouse, a plant.
lo:PhysicalResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:PhysicalResource ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:interconnectedParticipants rdf:type gx:interconnectionPointIdentifier
  ) ;
  sh:property
    lo:PhysicalResource-maintainedBy,
    lo:ServiceOffering-aggregationOfResources,
    lo:PhysicalResource-ownedBy,
    lo:PhysicalResource-manufacturedBy,
    lo:PhysicalResource-location,
    lo:PhysicalResource-energyUsageEfficiency,
    lo:PhysicalResource-waterUsageEffectiveness,
    lo:PhysicalResource-energyMix,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:maintainedBy, the same in 2 node shapes.
lo:PhysicalResource-maintainedBy
  sh:path gx:maintainedBy ;
  sh:name "maintained by" ;
  sh:minCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalPerson ;
  sh:description "A list of resolvable links to Gaia-X Credentials of participants maintaining the resource in operational condition and thus having physical access to it." .

# gx:ownedBy, the same in 2 node shapes.
lo:PhysicalResource-ownedBy
  sh:path gx:ownedBy ;
  sh:name "owned by" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalPerson ;
  sh:description "A list of resolvable links to Gaia-X Credentials of participant owning the resource." .

# gx:manufacturedBy, the same in 2 node shapes.
lo:PhysicalResource-manufacturedBy
  sh:path gx:manufacturedBy ;
  sh:name "manufactured by" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalPerson ;
  sh:description "A list of resolvable links to Gaia-X Credentials of participant manufacturing the resource." .

# gx:location, the same in 2 node shapes.
lo:PhysicalResource-location
  sh:path gx:location ;
  sh:minCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Address ;
  sh:description "A list of physical locations." .

# gx:energyUsageEfficiency, the same in 2 node shapes.
lo:PhysicalResource-energyUsageEfficiency
  sh:path gx:energyUsageEfficiency ;
  sh:name "Energy Usage Efficiency" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:EnergyUsageEfficiency ;
  sh:description "Information about the energy usage efficiency of the resource, including relevant certifications and metrics." .

# gx:waterUsageEffectiveness, the same in 2 node shapes.
lo:PhysicalResource-waterUsageEffectiveness
  sh:path gx:waterUsageEffectiveness ;
  sh:name "Water Usage Effectiveness" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:WaterUsageEffectiveness ;
  sh:description "Information regarding the water usage effectiveness of the resource, including certifications and effectiveness measures." .

# gx:energyMix, the same in 2 node shapes.
lo:PhysicalResource-energyMix
  sh:path gx:energyMix ;
  sh:name "Energy Mix" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:EnergyMix ;
  sh:description "A list of information on the composition of the energy mix used by the resource, including percentages of renewable energy and carbon-free energy." .

# gx:VirtualResource: It represents static data in any form and necessary information such as
# dataset, configuration file, license, keypair, an AI model, neural network weights, etc. Open
# shape (sh:closed false).
lo:VirtualResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:VirtualResource ;
  sh:closed false ;
  sh:property
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:copyrightOwnedBy, the same in 7 node shapes.
lo:VirtualResource-copyrightOwnedBy
  sh:path gx:copyrightOwnedBy ;
  sh:name "copyright owned by" ;
  sh:minCount 1 ;
  sh:or ( [ sh:class gx:LegalPerson ] [ sh:nodeKind sh:Literal ; sh:datatype xsd:string ] ) ;
  sh:description "A list of copyright owners either as a free form string or as resolvable link to Gaia-X Credential of participants. A copyright owner is a person or organization that has the right to exploit the resource. Copyright owner does not necessarily refer to the author of the resource, who is a natural person and may differ from copyright owner." .

# gx:license, the same in 7 node shapes.
lo:VirtualResource-license
  sh:path gx:license ;
  sh:minCount 1 ;
  sh:or (
    [ sh:in (
        "Glide" "Abstyles" "AFL-1.1" "AFL-1.2" "AFL-2.0" "AFL-2.1" "AFL-3.0" "AMPAS" "AdaCore-doc"
        "APL-1.0" "Adobe-Glyph" "APAFML" "Adobe-2006" "Adobe-Utopia" "AGPL-1.0-only"
        "AGPL-1.0-or-later" "Afmparse" "Aladdin" "ADSL" "AMDPLPA" "ANTLR-PD" "ANTLR-PD-fallback"
        "Apache-1.0" "Apache-1.1" "Apache-2.0" "App-s2p" "AML" "APSL-1.0" "APSL-1.1" "APSL-1.2"
        "APSL-2.0" "Arphic-1999" "Artistic-1.0" "Artistic-1.0-Perl" "Artistic-1.0-cl8"
        "Artistic-2.0" "ASWF-Digital-Assets-1.1" "ASWF-Digital-Assets-1.0" "AAL" "Baekmuk" "Bahyph"
        "Barr" "Beerware" "Bitstream-Charter" "Bitstream-Vera" "BitTorrent-1.0" "BitTorrent-1.1"
        "BlueOak-1.0.0" "Boehm-GC" "BSL-1.0" "Borceux" "Brian-Gladman-3-Clause" "BSD-1-Clause"
        "BSD-2-Clause" "BSD-2-Clause-Views" "BSD-3-Clause" "BSD-3-Clause-Clear" "BSD-3-Clause-flex"
        "BSD-3-Clause-Modification" "BSD-3-Clause-No-Military-License"
        "BSD-3-Clause-No-Nuclear-License" "BSD-3-Clause-No-Nuclear-License-2014"
        "BSD-3-Clause-No-Nuclear-Warranty" "BSD-3-Clause-Open-MPI" "BSD-3-Clause-Sun"
        "BSD-4-Clause-Shortened" "BSD-4-Clause" "BSD-4.3RENO" "BSD-4.3TAHOE"
        "BSD-Advertising-Acknowledgement" "BSD-Protection" "BSD-Source-Code"
        "BSD-3-Clause-Attribution" "BSD-Attribution-HPND-disclaimer" "0BSD" "BSD-2-Clause-Patent"
        "BSD-4-Clause-UC" "BSD-Inferno-Nettverk" "BUSL-1.1" "bzip2-1.0.6" "Caldera" "CECILL-1.0"
        "CECILL-1.1" "CECILL-2.0" "CECILL-2.1" "CECILL-B" "CECILL-C" "CERN-OHL-1.1" "CERN-OHL-1.2"
        "CERN-OHL-P-2.0" "CERN-OHL-S-2.0" "CERN-OHL-W-2.0" "CFITSIO" "check-cvs" "checkmk"
        "ClArtistic" "Clips" "MIT-CMU" "CMU-Mach" "CNRI-Jython" "CNRI-Python"
        "CNRI-Python-GPL-Compatible" "CPOL-1.02" "CDDL-1.0" "CDDL-1.1" "CDL-1.0" "LOOP" "CPAL-1.0"
        "CPL-1.0" "CDLA-Permissive-1.0" "CDLA-Permissive-2.0" "CDLA-Sharing-1.0"
        "Community-Spec-1.0" "C-UDA-1.0" "CATOSL-1.1" "Condor-1.1" "COIL-1.0" "copyleft-next-0.3.0"
        "copyleft-next-0.3.1" "Cornell-Lossless-JPEG" "CC-BY-1.0" "CC-BY-2.0" "CC-BY-2.5-AU"
        "CC-BY-2.5" "CC-BY-3.0-AT" "CC-BY-3.0-DE" "CC-BY-3.0-IGO" "CC-BY-3.0-NL" "CC-BY-3.0-US"
        "CC-BY-3.0" "CC-BY-4.0" "CC-BY-ND-1.0" "CC-BY-ND-2.0" "CC-BY-ND-2.5" "CC-BY-ND-3.0-DE"
        "CC-BY-ND-3.0" "CC-BY-ND-4.0" "CC-BY-NC-1.0" "CC-BY-NC-2.0" "CC-BY-NC-2.5" "CC-BY-NC-3.0-DE"
        "CC-BY-NC-3.0" "CC-BY-NC-4.0" "CC-BY-NC-ND-1.0" "CC-BY-NC-ND-2.0" "CC-BY-NC-ND-2.5"
        "CC-BY-NC-ND-3.0-DE" "CC-BY-NC-ND-3.0-IGO" "CC-BY-NC-ND-3.0" "CC-BY-NC-ND-4.0"
        "CC-BY-NC-SA-1.0" "CC-BY-NC-SA-2.0-UK" "CC-BY-NC-SA-2.0" "CC-BY-NC-SA-2.0-DE"
        "CC-BY-NC-SA-2.5" "CC-BY-NC-SA-3.0-DE" "CC-BY-NC-SA-3.0-IGO" "CC-BY-NC-SA-3.0"
        "CC-BY-NC-SA-4.0" "CC-BY-SA-1.0" "CC-BY-SA-2.0-UK" "CC-BY-SA-2.0" "CC-BY-SA-2.1-JP"
        "CC-BY-SA-2.5" "CC-BY-SA-3.0-AT" "CC-BY-SA-3.0-DE" "CC-BY-SA-3.0" "CC-BY-SA-4.0"
        "CC-BY-NC-SA-2.0-FR" "CC-BY-SA-3.0-IGO" "CC-PDDC" "CC0-1.0" "Cronyx" "Crossword" "CAL-1.0"
        "CAL-1.0-Combined-Work-Exception" "CrystalStacker" "CUA-OPL-1.0" "Cube" "curl"
        "DL-DE-BY-2.0" "DL-DE-ZERO-2.0" "dtoa" "DRL-1.0" "D-FSL-1.0" "diffmark" "WTFPL" "DOC"
        "Dotseqn" "DSDP" "dvipdfm" "EPL-1.0" "EPL-2.0" "ECL-1.0" "ECL-2.0" "eGenix" "EFL-1.0"
        "EFL-2.0" "Elastic-2.0" "MIT-advertising" "MIT-enna" "Entessa" "EPICS" "ErlPL-1.1"
        "etalab-2.0" "EUDatagrid" "EUPL-1.0" "EUPL-1.1" "EUPL-1.2" "Eurosym" "Fair" "MIT-feh"
        "Ferguson-Twofish" "Frameworx-1.0" "FDK-AAC" "FreeBSD-DOC" "FreeImage" "FTL" "FSFAP" "FSFUL"
        "FSFULLRWD" "FSFULLR" "Furuseth" "FBM" "fwlw" "GD" "Giftware" "GL2PS" "Glulxe"
        "AGPL-3.0-only" "AGPL-3.0-or-later" "GFDL-1.1-only" "GFDL-1.1-invariants-only"
        "GFDL-1.1-no-invariants-only" "GFDL-1.1-or-later" "GFDL-1.1-invariants-or-later"
        "GFDL-1.1-no-invariants-or-later" "GFDL-1.2-only" "GFDL-1.2-invariants-only"
        "GFDL-1.2-no-invariants-only" "GFDL-1.2-or-later" "GFDL-1.2-invariants-or-later"
        "GFDL-1.2-no-invariants-or-later" "GFDL-1.3-only" "GFDL-1.3-invariants-only"
        "GFDL-1.3-no-invariants-only" "GFDL-1.3-or-later" "GFDL-1.3-invariants-or-later"
        "GFDL-1.3-no-invariants-or-later" "GPL-1.0-only" "GPL-1.0-or-later" "GPL-2.0-only"
        "GPL-2.0-or-later" "GPL-3.0-only" "GPL-3.0-or-later" "LGPL-2.1-only" "LGPL-2.1-or-later"
        "LGPL-3.0-only" "LGPL-3.0-or-later" "LGPL-2.0-only" "LGPL-2.0-or-later" "gnuplot" "GLWTPL"
        "Graphics-Gems" "gSOAP-1.3b" "HaskellReport" "HP-1986" "HP-1989" "BSD-3-Clause-HP"
        "Hippocratic-2.1" "HPND" "HPND-DEC" "HPND-doc-sell" "HPND-doc" "HPND-Markus-Kuhn"
        "HPND-Pbmplus" "HPND-sell-regexpr" "HPND-sell-variant" "HPND-UC"
        "HPND-sell-variant-MIT-disclaimer" "HPND-export-US" "HPND-export-US-modify" "HTMLTIDY"
        "IBM-pibs" "IPL-1.0" "ICU" "IEC-Code-Components-EULA" "ImageMagick" "iMatix" "Imlib2" "IJG"
        "IJG-short" "Info-ZIP" "Inner-Net-2.0" "Intel-ACPI" "Intel" "Interbase-1.0" "IPA" "ISC"
        "Jam" "JPNIC" "JasPer-2.0" "JPL-image" "JSON" "Kastrup" "Kazlib" "Knuth-CTAN" "LPPL-1.0"
        "LPPL-1.1" "LPPL-1.2" "LPPL-1.3a" "LPPL-1.3c" "Latex2e" "Latex2e-translated-notice"
        "BSD-3-Clause-LBNL" "Leptonica" "LGPLLR" "Libpng" "libselinux-1.0" "libtiff"
        "libutil-David-Nugent" "LAL-1.2" "LAL-1.3" "LiLiQ-P-1.1" "LiLiQ-Rplus-1.1" "LiLiQ-R-1.1"
        "Linux-OpenIB" "Linux-man-pages-1-para" "Linux-man-pages-copyleft"
        "Linux-man-pages-copyleft-2-para" "Linux-man-pages-copyleft-var" "lsof" "LPL-1.02" "LPL-1.0"
        "Lucida-Bitmap-Fonts" "LZMA-SDK-9.11-to-9.20" "LZMA-SDK-9.22" "magaz" "MakeIndex"
        "Martin-Birgmeier" "MTLL" "McPhee-slideshow" "metamail" "MS-LPL" "MS-PL" "MS-RL" "Minpack"
        "MITNFA" "MIT-Festival" "MIT" "MIT-Modern-Variant" "MIT-0" "MIT-open-group" "MIT-testregex"
        "MIT-Wu" "MMIXware" "Motosoto" "MPL-1.0" "MPL-1.1" "MPL-2.0" "MPL-2.0-no-copyleft-exception"
        "MPEG-SSG" "mpi-permissive" "mpich2" "mplus" "MulanPSL-1.0" "MulanPSL-2.0" "Multics" "Mup"
        "NAIST-2003" "NASA-1.3" "Naumen" "NBPL-1.0" "Net-SNMP" "NetCDF" "NGPL" "NOSL" "NPL-1.0"
        "NPL-1.1" "Newsletr" "NICTA-1.0" "NIST-PD" "NIST-PD-fallback" "NIST-Software" "NLPL" "Nokia"
        "NCGL-UK-2.0" "NPOSL-3.0" "NLOD-1.0" "NLOD-2.0" "Noweb" "NRL" "NTP" "NTP-0" "OCLC-2.0"
        "OFFIS" "OGC-1.0" "OCCT-PL" "ODC-By-1.0" "ODbL-1.0" "PDDL-1.0" "OGL-Canada-2.0" "OGL-UK-1.0"
        "OGL-UK-2.0" "OGL-UK-3.0" "OGTSL" "OLDAP-2.2.2" "OLDAP-1.1" "OLDAP-1.2" "OLDAP-1.3"
        "OLDAP-1.4" "OLDAP-2.0" "OLDAP-2.0.1" "OLDAP-2.1" "OLDAP-2.2" "OLDAP-2.2.1" "OLDAP-2.3"
        "OLDAP-2.4" "OLDAP-2.5" "OLDAP-2.6" "OLDAP-2.7" "OLDAP-2.8" "OLFL-1.3" "OML" "OPL-1.0"
        "OPUBL-1.0" "OSL-1.0" "OSL-1.1" "OSL-2.0" "OSL-2.1" "OSL-3.0" "O-UDA-1.0" "OpenPBS-2.3"
        "OpenSSL" "OSET-PL-2.1" "PADL" "PHP-3.0" "PHP-3.01" "Plexus" "libpng-2.0" "pnmstitch"
        "PolyForm-Noncommercial-1.0.0" "PolyForm-Small-Business-1.0.0" "PostgreSQL" "psfrag"
        "psutils" "python-ldap" "Python-2.0" "Python-2.0.1" "PSF-2.0" "QPL-1.0" "QPL-1.0-INRIA-2004"
        "Qhull" "Rdisc" "RPSL-1.0" "RPL-1.1" "RPL-1.5" "RHeCos-1.1" "RSCPL" "RSA-MD" "Ruby" "SAX-PD"
        "Saxpath" "SCEA" "SchemeReport" "SWL" "SMPPL" "Sendmail" "Sendmail-8.23" "SSPL-1.0"
        "SGI-B-1.0" "SGI-B-1.1" "SGI-B-2.0" "SGI-OpenGL" "SGP4" "OFL-1.0" "OFL-1.0-no-RFN"
        "OFL-1.0-RFN" "OFL-1.1" "OFL-1.1-no-RFN" "OFL-1.1-RFN" "SimPL-2.0" "SL" "Sleepycat" "SNIA"
        "snprintf" "SHL-0.5" "SHL-0.51" "Soundex" "Spencer-86" "Spencer-94" "Spencer-99" "blessing"
        "SSH-OpenSSH" "SSH-short" "ssh-keyscan" "SMLNJ" "SugarCRM-1.1.3" "SISSL" "SISSL-1.2"
        "SPL-1.0" "SunPro" "swrule" "Watcom-1.0" "Symlinks" "BSD-Systemics" "OGDL-Taiwan-1.0"
        "TAPR-OHL-1.0" "TCL" "TCP-wrappers" "TU-Berlin-1.0" "TU-Berlin-2.0" "TermReadKey" "TTWL"
        "MirOS" "Parity-6.0.0" "Parity-7.0.0" "Unlicense" "TPL-1.0" "TPDL" "TMate" "TORQUE-1.1"
        "TOSL" "TTYP0" "UCAR" "ulem" "Unicode-DFS-2015" "Unicode-DFS-2016" "Unicode-TOU"
        "OPL-UK-3.0" "UPL-1.0" "NCSA" "UnixCrypt" "UCL-1.0" "URT-RLE" "Vim" "VOSTROM" "VSL-1.0"
        "W3C-20150513" "W3C-19980720" "W3C" "w3m" "Widget-Workshop" "Wsuipa" "Xnet" "X11"
        "X11-distribute-modifications-variant" "Xdebug-1.03" "Xerox" "Xfig" "XFree86-1.1" "xinetd"
        "xlock" "xpp" "XSkat" "YPL-1.0" "YPL-1.1" "Zed" "Zeeff" "Zend-2.0" "Zimbra-1.3" "Zimbra-1.4"
        "Zlib" "zlib-acknowledgement" "ZPL-1.1" "ZPL-2.0" "ZPL-2.1"
      ) ]
    [ sh:nodeKind sh:Literal ; sh:datatype xsd:anyURI ]
  ) ;
  sh:description "A list of SPDX identifiers or URL to document." .

# gx:resourcePolicy, the same in 7 node shapes.
lo:VirtualResource-resourcePolicy
  sh:path gx:resourcePolicy ;
  sh:minCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "A  list of policy expressed using a DSL (e.g., Rego or ODRL) (access control, throttling, usage, retention, ...). If there is no specified usage policy constraints on the VirtualResource, the  policy should express a simple default: allow intent" .

# gx:SoftwareResource: A Gaia-X Virtual Resource describing an executable program.
lo:SoftwareResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:SoftwareResource ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:computeFunctionTemplateRuntime gx:secureBoot gx:gpuReq gx:containerFormat gx:videoRamSize
    rdf:type gx:maintenance gx:computeFunctionName gx:baseContainerImage gx:cpuReq gx:vPMU
    gx:watchDogAction gx:computeFunctionDescription gx:firmwareType gx:hypervisorType gx:ramReq
    gx:hwRngTypeOfImage gx:updateStrategy gx:fileSize gx:pxeImageDiskFormat gx:osDistribution
    gx:operatingSystem gx:multiQueues gx:licenseIncluded gx:rootDiskReq gx:vmImageDiskFormat
    gx:encryption
  ) ;
  sh:property
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:checkSum, the same in 6 node shapes.
lo:SoftwareResource-checkSum
  sh:path gx:checkSum ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:CheckSum ;
  sh:description "Details on checksum of the software." .

# gx:signature, the same in 6 node shapes.
lo:SoftwareResource-signature
  sh:path gx:signature ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Signature ;
  sh:description "Details with respect to signature of the software." .

# gx:version, the same in 6 node shapes.
lo:SoftwareResource-version
  sh:path gx:version ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Version of the software." .

# gx:patchLevel, the same in 6 node shapes.
lo:SoftwareResource-patchLevel
  sh:path gx:patchLevel ;
  sh:name "Patch level" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Software specific patch number describing patch level of the software." .

# gx:buildDate, the same in 6 node shapes.
lo:SoftwareResource-buildDate
  sh:path gx:buildDate ;
  sh:name "Build Date" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:dateTime ;
  sh:description "Date and time the software was build, formated according to ISO 8601 (UTC - 24 hours)." .

# gx:Datacenter: A datacenter is an aggregation of availability zones
lo:DatacenterShape
  a sh:NodeShape ;
  sh:targetClass gx:Datacenter ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:PhysicalResource-maintainedBy,
    [ sh:path gx:aggregationOfResources ;
      sh:name "Aggregation Of" ;
      sh:minCount 1 ;
      sh:or ( [ sh:class gx:AvailabilityZone ] ) ;
      sh:description "References those availability zones (at least one must exist) out of which a datacenter is aggregated." ],
    lo:PhysicalResource-ownedBy,
    lo:PhysicalResource-manufacturedBy,
    lo:PhysicalResource-location,
    lo:PhysicalResource-energyUsageEfficiency,
    lo:PhysicalResource-waterUsageEffectiveness,
    lo:PhysicalResource-energyMix,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:AvailabilityZone: An availability zone is an aggregation of resources - physical and abstract -
# in a non-redundant setup often associated with a single datacenter room
lo:AvailabilityZoneShape
  a sh:NodeShape ;
  sh:targetClass gx:AvailabilityZone ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:AvailabilityZone-address,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:address, the same in 2 node shapes.
lo:AvailabilityZone-address
  sh:path gx:address ;
  sh:name "Address" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Address ;
  sh:description "The physical address associated with the availability zone" .

# gx:Region: A region is an aggregation of datacenters.
lo:RegionShape
  a sh:NodeShape ;
  sh:targetClass gx:Region ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:AvailabilityZone-address,
    [ sh:path gx:aggregationOfResources ;
      sh:name "Aggregation Of" ;
      sh:minCount 1 ;
      sh:or ( [ sh:class gx:Datacenter ] ) ;
      sh:description "References those datacenters (at least one must exist) out of which a region is aggregated." ],
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:GPSLocation: Physical GPS coordinates in ISO 6709:2008/Cor 1:2009 format.
lo:GPSLocationShape
  a sh:NodeShape ;
  sh:targetClass gx:GPSLocation ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:latitude ;
      sh:name "latitude" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or ( [ sh:nodeKind sh:Literal ; sh:datatype xsd:string ] [ sh:class gx:GPSUnit ] ) ;
      sh:description "Coordinate representing x horizontal position such as latitude. Negative number south of equator and positive north of equator." ],
    [ sh:path gx:longitude ;
      sh:name "longitude" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or ( [ sh:nodeKind sh:Literal ; sh:datatype xsd:string ] [ sh:class gx:GPSUnit ] ) ;
      sh:description "Coordinate representing y horizontal position such as longitude. Negative values west of Prime Meridian and positive values east of Prime Meridian." ],
    [ sh:path gx:altitude ;
      sh:name "altitude" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "For three-dimensional point locations, a value representing vertical position through either height or depth. Positive direction and units are defined by CRS identifier." ],
    [ sh:path gx:crs ;
      sh:name "crs" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:pattern "^CRS" ;
      sh:description "Coordinate Reference System identifier. Framework used to precisely measure locations on the surface of Earth as coordinates." ] .

# gx:GPSUnit: Definition of a geographical point.
lo:GPSUnitShape
  a sh:NodeShape ;
  sh:targetClass gx:GPSUnit ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:degrees ;
      sh:name "degrees" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive -180 ;
      sh:maxInclusive 180 ],
    [ sh:path gx:minutes ;
      sh:name "minutes" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 0 ;
      sh:maxInclusive 60 ],
    [ sh:path gx:seconds ;
      sh:name "seconds" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 0 ;
      sh:maxInclusive 60 ],
    [ sh:path gx:decimals ;
      sh:name "decimals" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:minInclusive 0e+00 ;
      sh:maxInclusive 1e+00 ] .

# gx:EnergyMix: Details the composition of energy sources in a given mix.
lo:EnergyMixShape
  a sh:NodeShape ;
  sh:targetClass gx:EnergyMix ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:attainmentDate ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:date ;
      sh:description "Date for which this energy mix has been attained, if the date is in the past, or is forecast to be attained, if the date is in the future." ],
    [ sh:path gx:renewableEnergy ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:description "Percentage of renewable energy in the energy mix." ],
    [ sh:path gx:hourlyCarbonFreeEnergy ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:description "Percentage of hourly carbon-free energy in the energy mix." ] .

# gx:EnergyUsageEfficiency: Represents the efficiency of energy usage in a resource.
lo:EnergyUsageEfficiencyShape
  a sh:NodeShape ;
  sh:targetClass gx:EnergyUsageEfficiency ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:EnergyUsageEfficiency-certifications,
    [ sh:path gx:powerUsageEffectiveness ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:description "The effectiveness of power usage, represented as a float." ] .

# gx:certifications, the same in 2 node shapes.
lo:EnergyUsageEfficiency-certifications
  sh:path gx:certifications ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:LegalDocument ;
  sh:description "Legal documents certifying the energy usage efficiency." .

# gx:WaterUsageEffectiveness: Represents the effectiveness of water usage in a resource.
lo:WaterUsageEffectivenessShape
  a sh:NodeShape ;
  sh:targetClass gx:WaterUsageEffectiveness ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:EnergyUsageEfficiency-certifications,
    [ sh:path gx:waterUsageEffectiveness ;
      sh:name "Water Usage Effectiveness" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:description "The effectiveness of water usage, represented as a float." ] .

# gx:MaintenanceSubscription: A maintenance subscriptions gives access to bug fixes, security fixes
# and function updates from software vendor.
lo:MaintenanceSubscriptionShape
  a sh:NodeShape ;
  sh:targetClass gx:MaintenanceSubscription ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:subscriptionIncluded ;
      sh:name "Subscription included" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "True, if cloud  service provider prepared already the image to reviece bug fixes, security fixes and (minor) function updates. Default: False" ],
    [ sh:path gx:subscriptionRequired ;
      sh:name "Subscription required" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "True, if cloud service user needs a maintenance subscription account from the vendor of image's operating system in order to receive fixes. Default: False." ],
    [ sh:path gx:maintainedUntil ;
      sh:name "Maintenance until" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:date ;
      sh:description "Date (UTC) until vendor of image's operating system promises maintenance at least." ] .


# ==================================================================================================
# Compute building blocks
# ==================================================================================================

# gx:InstantiationRequirement: A container class to gather all requirements for compute service
# offering instantiations. Open shape (sh:closed false).
lo:InstantiationRequirementShape
  a sh:NodeShape ;
  sh:targetClass gx:InstantiationRequirement ;
  sh:closed false ;
  sh:property
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:ServerFlavor: Description of the available hardware configuration, such as processor, ram and
# disk capacities, of a physical or virtual servers that can be launched.
lo:ServerFlavorShape
  a sh:NodeShape ;
  sh:targetClass gx:ServerFlavor ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:cpu ;
      sh:name "CPU capabilities" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:CpuCapabilities ;
      sh:description "Capabilities of virtual CPUs available in flavor." ],
    [ sh:path gx:memory ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemoryCapabilities ;
      sh:description "A non-negative integer, which defines how many memory given flavor provides." ],
    [ sh:path gx:gpu ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:GPU ;
      sh:description "GPU capabilities of the flavor." ],
    [ sh:path gx:network ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Network capabilities of the flavor." ],
    [ sh:path gx:bootVolume ;
      sh:name "boot volume" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Disk ;
      sh:description "Boot volume capabilities of boot volume of the flavor." ],
    [ sh:path gx:additionalVolume ;
      sh:name "additional volume" ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Disk ;
      sh:description "Additional volume capabilities of boot volume of the flavor." ],
    [ sh:path gx:confidentialComputing ;
      sh:name "confidential computing" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:ConfidentialComputing ;
      sh:description "Details with respect to confidential computing capabilities of the flavor." ],
    [ sh:path gx:hypervisor ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Hypervisor ;
      sh:description "Hypervisor as Gaia-X software resources." ],
    [ sh:path gx:hardwareAssistedVirtualization ;
      sh:name "Hardware-assisted virtualization" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "Hardware-assisted virtualization, a.k.a. accelerated virtualization or hardware virtualization, enables full virtualization. Full virtualization means to run an unmodified guest operation system in complete isolation by emulating a complete hardware environment." ],
    [ sh:path gx:hwRngTypeOfFlavor ;
      sh:name "Hardware based random number generator (RNG)" ;
      sh:maxCount 1 ;
      sh:in (
        "Electrical noise"
        "Chaos-based"
        "Free-running oscillators"
        "Quantum"
        "Unavailable"
      ) ;
      sh:description "Type of physical phenomena hardware random number generator (RNG) of this flavor is based on." ],
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:CpuCapabilities
lo:CpuCapabilitiesShape
  a sh:NodeShape ;
  sh:targetClass gx:CpuCapabilities ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:pCPU ;
      sh:name "physical CPU" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:CPU ;
      sh:description "Hardware capabilities of phyisical CPU used by given flavor." ],
    [ sh:path gx:vCPUs ;
      sh:name "number of virtual CPUs" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 1 ;
      sh:description "A Non-negative integer (beeing equal or greater than 1) defining the number of virtual CPUs availabe in given flavor." ],
    [ sh:path gx:overProvisioningRatio ;
      sh:name "over-provisioning ratio of virtual CPU" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 1 ;
      sh:description """A Non-negative integer (beeing equal or greater than 1) defining the amount of overprovising. 
1 means no over-provisiong.
> 1, means physical CPU/thread is over-provisioneb by factor greater 1, e.g. factor 2 means, one physical CPU is used by two virtual CPUs.
""" ] .

# gx:Device: Details with respect to properties and capabilities of a hardware or virtualized
# device. Open shape (sh:closed false).
lo:DeviceShape
  a sh:NodeShape ;
  sh:targetClass gx:Device ;
  sh:closed false ;
  sh:property
    lo:Device-vendor,
    lo:Device-generation,
    lo:Device-defaultOversubscriptionRatio,
    lo:Device-supportedOversubscriptionRatio .

# gx:vendor, the same in 5 node shapes.
lo:Device-vendor
  sh:path gx:vendor ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Vendor of the device." .

# gx:generation, the same in 5 node shapes.
lo:Device-generation
  sh:path gx:generation ;
  sh:name "Generation of the device" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Vendor specific generation of the device." .

# gx:defaultOversubscriptionRatio, the same in 5 node shapes.
lo:Device-defaultOversubscriptionRatio
  sh:path gx:defaultOversubscriptionRatio ;
  sh:name "default over-subscription ratio" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:integer ;
  sh:minInclusive 1 ;
  sh:description "Over-subscription means assigning more capacity to virtual machines that the physical device has. Default over-subscription ratio defines the amount of default over-subscription as a value larger or equal to 1.0. 1.0 means no over-subscription." .

# gx:supportedOversubscriptionRatio, the same in 5 node shapes.
lo:Device-supportedOversubscriptionRatio
  sh:path gx:supportedOversubscriptionRatio ;
  sh:name "supported over-subscription ratio" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:integer ;
  sh:minInclusive 1 ;
  sh:description "Over-subscription means assigning more capacity to virtual machines that the physical device has. Supported over-subscription ratio defines the amount of supported over-subscription as a value larger or equal to 1.0. 1.0 means no over-subscription." .

# gx:CPU: Computational processing unit of virtual and physical machines.
lo:CPUShape
  a sh:NodeShape ;
  sh:targetClass gx:CPU ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:cpuArchitecture ;
      sh:name "CPU architecture" ;
      sh:maxCount 1 ;
      sh:in ( "x86-32" "x86-64" "AArch-32" "AArch-64" "RISC-V" "Other" ) ;
      sh:description "Architecture of CPU as defined per .name string of structure static const X86CPUDefinition builtin_x86_defs[] defined in https://gitlab.com/qemu-project/qemu/-/blob/master/target/i386/cpu.c. Non-listed architectures to be designated as 'other'" ],
    [ sh:path gx:cpuFlag ;
      sh:name "CPU flags" ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "CPU flags as documented by lscpu and defined in https://github.com/torvalds/linux/blob/master/tools/arch/x86/include/asm/cpufeatures.h. Non-listed flags to be designated as 'other'." ],
    [ sh:path gx:smtEnabled ;
      sh:name "smt enabled" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "Is simultaneous multithreading (SMT) or hyper threading (HT) active in this CPU? Default \"False\"." ],
    [ sh:path gx:numberOfCores ;
      sh:name "Number of CPU cores" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 1 ;
      sh:description "Number of cores of the CPU." ],
    [ sh:path gx:numberOfThreads ;
      sh:name "Number of threads" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 1 ;
      sh:description "Number of threads of the CPU." ],
    [ sh:path gx:baseFrequency ;
      sh:name "base CPU frequency" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class qk:Frequency ;
      sh:description "Base frequency of the CPU." ],
    [ sh:path gx:boostFrequency ;
      sh:name "boost CPU frequency" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class qk:Frequency ;
      sh:description "Boost frequency of the CPU." ],
    [ sh:path gx:lastLevelCacheSize ;
      sh:name "last level cache size" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemorySize ;
      sh:description "Last Level Cache size of the CPU." ],
    [ sh:path gx:thermalDesignPower ;
      sh:name "thermal design power" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class qk:Power ;
      sh:description "CPU Thermal Design Power." ],
    lo:Device-vendor,
    lo:Device-generation,
    lo:Device-defaultOversubscriptionRatio,
    lo:Device-supportedOversubscriptionRatio .

# gx:GPU: Graphical processing unit of virtual and physical machines.
lo:GPUShape
  a sh:NodeShape ;
  sh:targetClass gx:GPU ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:gpuMemory ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemorySize ;
      sh:description "Size of memory of the GPU." ],
    [ sh:path gx:gpuInterconnection ;
      sh:maxCount 1 ;
      sh:in ( "NVLink" "RoCE2" "Xe Link" "Infinity Fabric" "other" "unavailable" ) ;
      sh:description "Interconnection of multiple GPUs within a server system" ],
    [ sh:path gx:gpuProcessingUnits ;
      sh:name "gpu processing units" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:integer ;
      sh:minInclusive 1 ;
      sh:description "Number of processing units, also called compute units, execution units or streaming multiprocessors, of the GPU." ],
    [ sh:path gx:gpuPassthrough ;
      sh:name "GPU path through" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "If true, GPU is provided via passthrough, otherwise GPU is virtualized." ],
    lo:Device-vendor,
    lo:Device-generation,
    lo:Device-defaultOversubscriptionRatio,
    lo:Device-supportedOversubscriptionRatio .

# gx:MemoryCapabilities
lo:MemoryCapabilitiesShape
  a sh:NodeShape ;
  sh:targetClass gx:MemoryCapabilities ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:memory ;
      sh:name "size of virtual RAM" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Memory ;
      sh:description "Amount of virtual RAM available in given flavor." ],
    [ sh:path gx:overProvisioningRatio ;
      sh:name "over-provisioning of virtual RAM" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:float ;
      sh:minInclusive 1 ;
      sh:maxInclusive 3 ;
      sh:description """A Non-negative float (being equal or greater than 1) defining the amount of overprovisoning. 
1 means no over-provisiong.
> 1, means physical memory over-provisioned by factor greater than one, e.g. factor 2 means, available virtual RAM size is twice as big as physical RAM size. Maxium value is 3.
""" ] .

# gx:Memory: Details with respect to properties and capabilities of RAM.
lo:MemoryShape
  a sh:NodeShape ;
  sh:targetClass gx:Memory ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:memorySize ;
      sh:name "memory size" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemorySize ;
      sh:description "Memory size of RAM." ],
    [ sh:path gx:memoryClass ;
      sh:name "memory class" ;
      sh:maxCount 1 ;
      sh:in ( "SDRAM" "DDR SDRAM" "ECC DRAM" "DDR4" "DDR5" "GDDR5" "GDDR6" "other" ) ;
      sh:description "DRAM technology name defined by JEDEC." ],
    [ sh:path gx:memoryRank ;
      sh:name "memory rank" ;
      sh:maxCount 1 ;
      sh:in ( "1R RDIMM" "2R RDIMM" "4R LRDIMM" "other" ) ;
      sh:description "Rank defines the number of memory chip banks and the buffering used to access these." ],
    [ sh:path gx:eccEnabled ;
      sh:name "error correction code (ecc)" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "Error connection code allows to detect and correct bit errors in data. True, if error-correction-code is supported by the ram, false otherwise. Default: False." ],
    [ sh:path gx:hardwareEncryption ;
      sh:name "Hardware Encryption enabled" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:boolean ;
      sh:description "If true, encryption of memory at the hardware level is enabled. Default: False." ],
    lo:Device-vendor,
    lo:Device-generation,
    lo:Device-defaultOversubscriptionRatio,
    lo:Device-supportedOversubscriptionRatio .

# gx:MemorySize: The number of bytes, that can be stored on a digital storage.
lo:MemorySizeShape
  a sh:NodeShape ;
  sh:targetClass gx:MemorySize ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# qudt:applicableUnit, the same in 9 node shapes.
lo:MemorySize-applicableUnit
  sh:path qudt:applicableUnit ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:string ;
  sh:description "Unit of physical quantity of the class https://qudt.org/schema/qudt/QuantityKind" .

# qudt:quantityValue, the same in 9 node shapes.
lo:MemorySize-quantityValue
  sh:path qudt:quantityValue ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:float ;
  sh:description "is the measurement of an observable property of a particular object, event, or physical system." .

# gx:Disk: Capabilities of a physical or virtual hard drive.
lo:DiskShape
  a sh:NodeShape ;
  sh:targetClass gx:Disk ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:diskSize ;
      sh:name "Disk size" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:MemorySize ;
      sh:description "The size of the hard drive." ],
    [ sh:path gx:diskType ;
      sh:name "Disk Type" ;
      sh:maxCount 1 ;
      sh:in (
        "local HDD"
        "local SSD"
        "magnetic hard drive"
        "hybrid hard drive"
        "shared network storage"
        "other"
      ) ;
      sh:description "The type of storage drive." ],
    [ sh:path gx:diskBusType ;
      sh:name "Disk Bus Type" ;
      sh:maxCount 1 ;
      sh:in ( "SATA" "PATA" "SCSI" "SAS" "NVMe" "other" ) ;
      sh:description "Type of disk controller the disk is attached to." ],
    lo:Device-vendor,
    lo:Device-generation,
    lo:Device-defaultOversubscriptionRatio,
    lo:Device-supportedOversubscriptionRatio .

# gx:ConfidentialComputing
lo:ConfidentialComputingShape
  a sh:NodeShape ;
  sh:targetClass gx:ConfidentialComputing ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:technology ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Particular confidential computing technology used by flavors as defined in..." ],
    [ sh:path gx:attestationServiceURI ;
      sh:name "attestation service URI" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:anyURI ;
      sh:description "indicates whether confidential server has an associated attestation service." ] .

# gx:Hypervisor: A special Gaia-X Software Resource describing a hypervisor to provided virtual
# machines.
lo:HypervisorShape
  a sh:NodeShape ;
  sh:targetClass gx:Hypervisor ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:hypervisorType ;
      sh:name "Hypervisor type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "quemu" "KVM" "Xen" "ESXi" "Hyper-V" "Cloud Hypervisor" "other" ) ;
      sh:description "The common name of the distribution of the operating system as defined in http://libosinfo.org/." ],
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:CodeArtifact: A piece of software that can be executed by a Compute service. Open shape
# (sh:closed false).
lo:CodeArtifactShape
  a sh:NodeShape ;
  sh:targetClass gx:CodeArtifact ;
  sh:closed false ;
  sh:property
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:Image: A software piece that can be executed by a virtual or bare metal Compute services. Open
# shape (sh:closed false).
lo:ImageShape
  a sh:NodeShape ;
  sh:targetClass gx:Image ;
  sh:closed false ;
  sh:property
    lo:Image-fileSize,
    lo:Image-operatingSystem,
    lo:Image-cpuReq,
    lo:Image-gpuReq,
    lo:Image-ramReq,
    lo:Image-videoRamSize,
    lo:Image-rootDiskReq,
    lo:Image-encryption,
    lo:Image-secureBoot,
    lo:Image-vPMU,
    lo:Image-multiQueues,
    lo:Image-updateStrategy,
    lo:Image-licenseIncluded,
    lo:Image-maintenance,
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:fileSize, the same in 2 node shapes.
lo:Image-fileSize
  sh:path gx:fileSize ;
  sh:name "file size" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MemorySize ;
  sh:description "Size of the image." .

# gx:operatingSystem, the same in 2 node shapes.
lo:Image-operatingSystem
  sh:path gx:operatingSystem ;
  sh:name "Operating System" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:OperatingSystem ;
  sh:description "A resolvable link to Gaia-X credential of operation system offered by this image." .

# gx:cpuReq, the same in 2 node shapes.
lo:Image-cpuReq
  sh:path gx:cpuReq ;
  sh:name "CPU requirements" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:CPU ;
  sh:description "Details with respect to CPU capabilities required to run the image." .

# gx:gpuReq, the same in 2 node shapes.
lo:Image-gpuReq
  sh:path gx:gpuReq ;
  sh:name "GPU requirements" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:GPU ;
  sh:description "Details with respect to GPU capabilities required to run the image." .

# gx:ramReq, the same in 2 node shapes.
lo:Image-ramReq
  sh:path gx:ramReq ;
  sh:name "RAM requirements" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Memory ;
  sh:description "Minimal size of RAM required to run the image." .

# gx:videoRamSize, the same in 2 node shapes.
lo:Image-videoRamSize
  sh:path gx:videoRamSize ;
  sh:name "Video RAM size" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MemorySize ;
  sh:description "Maximum amount of RAM for the video image." .

# gx:rootDiskReq, the same in 2 node shapes.
lo:Image-rootDiskReq
  sh:path gx:rootDiskReq ;
  sh:name "root disk requirements" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Disk ;
  sh:description "Minimal size of root disk required to run the image." .

# gx:encryption, the same in 2 node shapes.
lo:Image-encryption
  sh:path gx:encryption ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Encryption ;
  sh:description "Details with respect to encryption of the images." .

# gx:secureBoot, the same in 2 node shapes.
lo:Image-secureBoot
  sh:path gx:secureBoot ;
  sh:name "Secure Boot" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "If true, instances of the image are only started, if signature of software, such as firmware or operating system, are valid. Default: False." .

# gx:vPMU, the same in 2 node shapes.
lo:Image-vPMU
  sh:path gx:vPMU ;
  sh:name "Virtual performance monitoring unit" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "If true, a virtual performance monitoring unit (vPMU) is enable in guest. Default: False" .

# gx:multiQueues, the same in 2 node shapes.
lo:Image-multiQueues
  sh:path gx:multiQueues ;
  sh:name "Multi queues" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "If true, one queue is set for each virtual CPU." .

# gx:updateStrategy, the same in 2 node shapes.
lo:Image-updateStrategy
  sh:path gx:updateStrategy ;
  sh:maxCount 1 ;
  sh:in ( "maximum_security" "minimal_downtime" "do_not_update" ) ;
  sh:description "Details on provider's image update strategy of this image. An update strategy defines ..." .

# gx:licenseIncluded, the same in 2 node shapes.
lo:Image-licenseIncluded
  sh:path gx:licenseIncluded ;
  sh:name "License included" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype xsd:boolean ;
  sh:description "In case an image requires a commercial license to be used (No Freeware), this attribute indicates, if service usage fee includes that license (true) or customer has to bring its own commercial license (False). Default: False" .

# gx:maintenance, the same in 2 node shapes.
lo:Image-maintenance
  sh:path gx:maintenance ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MaintenanceSubscription ;
  sh:description "Details on maintenance capabilities of vendor of image's operating system." .

# gx:VMImage: Image for virtual machines.
lo:VMImageShape
  a sh:NodeShape ;
  sh:targetClass gx:VMImage ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:vmImageDiskFormat ;
      sh:name "VM Image disk format" ;
      sh:maxCount 1 ;
      sh:in ( "RAW" "QCOW2" "VHD" "VMDK" "ISO" "CVF" "CVA" ) ;
      sh:description "Disk format og the VM inage. Default \"RAW\"" ],
    [ sh:path gx:hypervisorType ;
      sh:name "Hypervisor type" ;
      sh:maxCount 1 ;
      sh:in ( "quemu" "KVM" "Xen" "ESXi" "Hyper-V" "Cloud Hypervisor" "other" ) ;
      sh:description "Hypervisor type required by the image" ],
    [ sh:path gx:firmwareType ;
      sh:name "Firmware type" ;
      sh:maxCount 1 ;
      sh:in ( "BIOS" "UEFI" "other" ) ;
      sh:description "Type of firmware which which guests are booted." ],
    [ sh:path gx:hwRngTypeOfImage ;
      sh:name "Hardware based random number generator (RNG)" ;
      sh:maxCount 1 ;
      sh:in (
        "Electrical noise"
        "Chaos-based"
        "Free-running oscillators"
        "Quantum"
        "Unavailable"
      ) ;
      sh:description "Type of physical phenomena hardware random number generator (RNG) this image prefers." ],
    [ sh:path gx:watchDogAction ;
      sh:name "Watchdog action" ;
      sh:maxCount 1 ;
      sh:in ( "disabled" "reset" "poweroff" "pause" "unavailable" ) ;
      sh:description "Define the action to be performed if server hangs." ],
    lo:Image-fileSize,
    lo:Image-operatingSystem,
    lo:Image-cpuReq,
    lo:Image-gpuReq,
    lo:Image-ramReq,
    lo:Image-videoRamSize,
    lo:Image-rootDiskReq,
    lo:Image-encryption,
    lo:Image-secureBoot,
    lo:Image-vPMU,
    lo:Image-multiQueues,
    lo:Image-updateStrategy,
    lo:Image-licenseIncluded,
    lo:Image-maintenance,
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:OperatingSystem: A special Gaia-X Software Resource describing an operating system.
lo:OperatingSystemShape
  a sh:NodeShape ;
  sh:targetClass gx:OperatingSystem ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:osDistribution ;
      sh:name "Operation System Distribution" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "Alpine Linux" "Arch Linux" "CentOS Linux" "Debian" "Fedora" "FreeBSD" "Gentoo Linux"
        "Mandrakelinux" "Mandriva Linux" "Mandriva Enterprise Server" "MS-DOS" "NetBSD"
        "Novell NetWare" "OpenBSD" "OpenSolaris" "openSUSE" "Rocky Linux" "Red Hat Enterprise Linux"
        "SUSE Linux Enterprise Server" "Ubuntu" "Microsoft Windows" "CirrOS" "AlmaLinux" "others"
      ) ;
      sh:description "The common name of the distribution of the operating system as defined in http://libosinfo.org/." ],
    lo:SoftwareResource-checkSum,
    lo:SoftwareResource-signature,
    lo:SoftwareResource-version,
    lo:SoftwareResource-patchLevel,
    lo:SoftwareResource-buildDate,
    lo:VirtualResource-copyrightOwnedBy,
    lo:VirtualResource-license,
    lo:VirtualResource-resourcePolicy,
    lo:ServiceOffering-aggregationOfResources,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:CheckSum: Detail on how to calculate or verify a checksum.
lo:CheckSumShape
  a sh:NodeShape ;
  sh:targetClass gx:CheckSum ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:checkSumCalculation ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "md5"
        "sha-1"
        "sha-256"
        "sha-384"
        "sha-512"
        "sha-3"
        "ripemd-160"
        "blake2"
        "blake3"
        "other"
      ) ;
      sh:description "Algorithm used to create checksum." ],
    [ sh:path gx:checkSumValue ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Value of the check sum." ] .

# gx:Signature
lo:SignatureShape
  a sh:NodeShape ;
  sh:targetClass gx:Signature ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:signatureValue ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Value of the signature" ],
    [ sh:path gx:hashAlgorithm ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "md5"
        "sha-1"
        "sha-256"
        "sha-384"
        "sha-512"
        "sha-3"
        "ripemd-160"
        "blake2"
        "blake3"
        "other"
      ) ;
      sh:description "Algorithm used to create the checksum hash." ],
    [ sh:path gx:signatureAlgorithm ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in (
        "RSA-Signature"
        "DSA"
        "KCDSA"
        "Schnorr"
        "ECDSA"
        "ECKDSA"
        "EC Schnorr"
        "ECGDSA"
        "other"
      ) ;
      sh:description "Algorithm used to create the checksum hash." ] .


# ==================================================================================================
# Storage building blocks
# ==================================================================================================

# gx:StorageConfiguration: Represents the attributes that are configurable at service instantiation
# for storage service offerings.
lo:StorageConfigurationShape
  a sh:NodeShape ;
  sh:targetClass gx:StorageConfiguration ;
  sh:closed true ;
  sh:ignoredProperties (
    gx:blockStorageTechnology rdf:type gx:lowLevelBlockAccessProtocol gx:fileSystemType
    gx:highLevelAccessProtocol
  ) ;
  sh:property
    lo:StorageConfiguration-storageCompression,
    lo:StorageConfiguration-storageDeduplication,
    lo:StorageConfiguration-storageEncryption,
    lo:StorageConfiguration-storageRedundancyMechanism,
    lo:StorageConfiguration-storageProtection,
    lo:StorageConfiguration-storageQoS,
    lo:StorageConfiguration-blockSize,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:storageCompression, the same in 3 node shapes.
lo:StorageConfiguration-storageCompression
  sh:path gx:storageCompression ;
  sh:name "Storage Compression" ;
  sh:in ( "LZMA" "LZSS" "LZ" "LZW" "Huffman_Coding" "PPM" "ANS" "Other" ) ;
  sh:description "Available compression features." .

# gx:storageDeduplication, the same in 3 node shapes.
lo:StorageConfiguration-storageDeduplication
  sh:path gx:storageDeduplication ;
  sh:name "Storage Deduplication" ;
  sh:in (
    "Inline-Content-Agnostic"
    "Inline-Content-Aware"
    "Post-Process-Content-Agnostic"
    "Post-Process-Content-Aware"
  ) ;
  sh:description "Deduplication features available for the storage service, such as inline or post-processing." .

# gx:storageEncryption, the same in 3 node shapes.
lo:StorageConfiguration-storageEncryption
  sh:path gx:storageEncryption ;
  sh:name "Storage Encryption" ;
  sh:minCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:Encryption ;
  sh:description "Available encryption features." .

# gx:storageRedundancyMechanism, the same in 3 node shapes.
lo:StorageConfiguration-storageRedundancyMechanism
  sh:path gx:storageRedundancyMechanism ;
  sh:name "Storage Redundancy Mechanism" ;
  sh:in (
    "RAID0"
    "RAID1"
    "RAID2"
    "RAID3"
    "RAID4"
    "RAID5"
    "RAID6"
    "HybridRAID"
    "RS_Code"
    "Other"
  ) ;
  sh:description "Underlying data protection mechanism (such as RAID levels or Erasure Codes)." .

# gx:storageProtection, the same in 3 node shapes.
lo:StorageConfiguration-storageProtection
  sh:path gx:storageProtection ;
  sh:name "Storage Protection" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:DataProtectionPolicy ;
  sh:description "Available data protection features." .

# gx:storageQoS, the same in 3 node shapes.
lo:StorageConfiguration-storageQoS
  sh:path gx:storageQoS ;
  sh:name "Storage QoS" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:QoS ;
  sh:description "Available QoS class for storage service." .

# gx:blockSize, the same in 3 node shapes.
lo:StorageConfiguration-blockSize
  sh:path gx:blockSize ;
  sh:name "Block Size" ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class gx:MemorySize ;
  sh:description "Available block size to be used." .

# gx:BlockStorageConfiguration: Represents the attributes that are configurable at service
# instantiation for storage service offerings.
lo:BlockStorageConfigurationShape
  a sh:NodeShape ;
  sh:targetClass gx:BlockStorageConfiguration ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:blockStorageTechnology ;
      sh:name "Block Storage Technology" ;
      sh:in ( "HDD" "SSD" "Optane" ) ;
      sh:description "Underlying storage technology type to be used" ],
    [ sh:path gx:lowLevelBlockAccessProtocol ;
      sh:name "Low Level Block Access Protocol" ;
      sh:in ( "FCP" "FCoE" "Infiniband" "SAS" "SATA" "NVME" "Other" ) ;
      sh:description "Underlying low level access protocol for the storage service to be used. These are various methods to access the storage technology. Some examples and references - https://www.enterprisestorageforum.com/hardware/nvme-vs-sata-comparing-storage-technologies/" ],
    lo:StorageConfiguration-storageCompression,
    lo:StorageConfiguration-storageDeduplication,
    lo:StorageConfiguration-storageEncryption,
    lo:StorageConfiguration-storageRedundancyMechanism,
    lo:StorageConfiguration-storageProtection,
    lo:StorageConfiguration-storageQoS,
    lo:StorageConfiguration-blockSize,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:FileStorageConfiguration: Represents the attributes that are configurable at service
# instantiation for storage service offerings.
lo:FileStorageConfigurationShape
  a sh:NodeShape ;
  sh:targetClass gx:FileStorageConfiguration ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:fileSystemType ;
      sh:name "File System Type" ;
      sh:in (
        "FAT"
        "ExtFAT"
        "NTFS"
        "XFS"
        "JFS"
        "Ext4"
        "Reiser4"
        "GlusterFS"
        "MapR_FS"
        "OneFS"
        "Other"
      ) ;
      sh:description "Filesystem Type  for storage  partition. Ref:https://opensource.com/article/18/4/ext4-filesystem" ],
    [ sh:path gx:highLevelAccessProtocol ;
      sh:name "High Level Access Protocol" ;
      sh:in ( "NFSv3" "NFSv4" "CIFS" "AFS" "HDFS" "IPFS" "Other" ) ;
      sh:description "Underlying higher level access protocol. These mainly refer to access methods such as NFS (Network File System), Common Internet File System (CIFS) and Hadoop File System (HDFS)" ],
    lo:StorageConfiguration-storageCompression,
    lo:StorageConfiguration-storageDeduplication,
    lo:StorageConfiguration-storageEncryption,
    lo:StorageConfiguration-storageRedundancyMechanism,
    lo:StorageConfiguration-storageProtection,
    lo:StorageConfiguration-storageQoS,
    lo:StorageConfiguration-blockSize,
    lo:GaiaXEntity-name,
    lo:GaiaXEntity-description .

# gx:Encryption: Encryption capabilities of a Gaia-X entity.
lo:EncryptionShape
  a sh:NodeShape ;
  sh:targetClass gx:Encryption ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:cipher ;
      sh:name "encryption algorithm" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "RSA" "AES" "3DES" "Blowfish" "Twofish" "SDA" "other" ) ;
      sh:description "Supported algorithm used to encrypt." ],
    [ sh:path gx:keyManagement ;
      sh:name "key management" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "BYOK" "HYOK" "managed" ) ;
      sh:description "Define key management method. Allowed values are: managed, BYOK, HYOK" ] .

# gx:DataProtectionPolicy: A container class for various data protection features, such as backup or
# replication Open shape (sh:closed false).
lo:DataProtectionPolicyShape
  a sh:NodeShape ;
  sh:targetClass gx:DataProtectionPolicy ;
  sh:closed false ;
  sh:property
    [ sh:path gx:protectionFrequency ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "Hourly" "Daily" "Weekly" "Monthly" "Continuously" "OnDemand" ) ;
      sh:description "Frequency at which data are captured/protected." ],
    [ sh:path gx:protectionRetention ;
      sh:name "Protection Retention" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:RetentionDuration ;
      sh:description "How long captured/protected data are kept available." ],
    [ sh:path gx:protectionMethod ;
      sh:name "Protection Method" ;
      sh:maxCount 1 ;
      sh:in ( "Full-Copy" "Incremental" ) ;
      sh:description "Method used to protect data, can be be full copy, incremental,..." ] .

# gx:RetentionDuration: Sub-class of Time with units relevant for retention durations.
lo:RetentionDurationShape
  a sh:NodeShape ;
  sh:targetClass gx:RetentionDuration ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .


# ==================================================================================================
# Quality of service
# ==================================================================================================

# gx:QoS: Contractual performance values defined in the Service Level Agreement.
lo:QoSShape
  a sh:NodeShape ;
  sh:targetClass gx:QoS ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:throughput ;
      sh:name "throughput" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Throughput ;
      sh:description "QoS metric for throughput" ],
    [ sh:path gx:iops ;
      sh:name "IOPS" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:IOPS ;
      sh:description "QoS metric for Input/Output operations per second." ],
    [ sh:path gx:bandWidth ;
      sh:name "band width" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:BandWidth ;
      sh:description "Contractual bandwidth defined in the service level agreement (SLA)." ],
    [ sh:path gx:roundTripTime ;
      sh:name "roundTrip time" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:RoundTripTime ;
      sh:description "Contractual roundTrip time defined in the SLA. If not specified, then best effort is assumed." ],
    [ sh:path gx:availability ;
      sh:name "availability" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Availability ;
      sh:description "Contractual availability of connection defined in the SLA agreement. Availability is measured in the pseudo-unit \"percent\"." ],
    [ sh:path gx:packetLoss ;
      sh:name "packet loss" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:PacketLoss ;
      sh:description "Contractual packet loss of connection defined in the SLA agreement. If not specified, then best effort is assumed. packetLoss measured in the pseudo-unit \"percent\"" ],
    [ sh:path gx:jitter ;
      sh:name "jitter" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Jitter ;
      sh:description "Contractual jitter defined in the SLA. If not specified, then best effort is assumed." ],
    [ sh:path gx:latency ;
      sh:name "latency" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:Latency ;
      sh:description "Contractual latency defined in the SLA. If not specified, then best effort is assumed." ],
    [ sh:path gx:targetPercentile ;
      sh:name "target percentile" ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:TargetPercentile ;
      sh:description "Contractual percentile in the SLA. Usually referred to the number of frames the SLA metrics such as availability, latency and jitter can be guaranteed." ] .

# gx:QoSMetric: A quantity representing a performance level that is guaranteed to be met at least X%
# of the time.
lo:QoSMetricShape
  a sh:NodeShape ;
  sh:targetClass gx:QoSMetric ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:metric ;
      sh:name "Metric" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class qudt:QuantityKind ;
      sh:description "Quantity usually representing a performance level" ],
    lo:QoSMetric-guaranteed .

# gx:guaranteed, the same in 10 node shapes.
lo:QoSMetric-guaranteed
  sh:path gx:guaranteed ;
  sh:name "Guaranteed" ;
  sh:maxCount 1 ;
  sh:nodeKind sh:Literal ;
  sh:datatype qudt:floatPercentage ;
  sh:description "Minimum percentage of time where a performance-level is guaranteed to be met." .

# gx:Availability: Contractual availability of connection defined in the SLA agreement.
lo:AvailabilityShape
  a sh:NodeShape ;
  sh:targetClass gx:Availability ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:Availability-metric,
    lo:QoSMetric-guaranteed .

# gx:metric, the same in 4 node shapes.
lo:Availability-metric
  sh:path gx:metric ;
  sh:name "Metric" ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class qk:Time ;
  sh:description "Availability expressed as time." .

# gx:BandWidth: Contractual bandwidth defined in the service level agreement (SLA).
lo:BandWidthShape
  a sh:NodeShape ;
  sh:targetClass gx:BandWidth ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:BandWidth-metric,
    lo:QoSMetric-guaranteed .

# gx:metric, the same in 3 node shapes.
lo:BandWidth-metric
  sh:path gx:metric ;
  sh:name "Metric" ;
  sh:minCount 1 ;
  sh:maxCount 1 ;
  sh:nodeKind sh:BlankNodeOrIRI ;
  sh:class qk:DataRate ;
  sh:description "Data rate expressing bandwidth." .

# gx:IOPS: Metric for IOps.
lo:IOPSShape
  a sh:NodeShape ;
  sh:targetClass gx:IOPS ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:BandWidth-metric,
    lo:QoSMetric-guaranteed .

# gx:Jitter: Contractual jitter defined in the SLA.
lo:JitterShape
  a sh:NodeShape ;
  sh:targetClass gx:Jitter ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:Availability-metric,
    lo:QoSMetric-guaranteed .

# gx:Latency: Contractual latency defined in the SLA.
lo:LatencyShape
  a sh:NodeShape ;
  sh:targetClass gx:Latency ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:Availability-metric,
    lo:QoSMetric-guaranteed .

# gx:LostPackets: Percentage of lost packets compared to the total number of exchanged packets.
lo:LostPacketsShape
  a sh:NodeShape ;
  sh:targetClass gx:LostPackets ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# gx:PacketLoss: Contractual packet loss of connection defined in the SLA agreement.
lo:PacketLossShape
  a sh:NodeShape ;
  sh:targetClass gx:PacketLoss ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:metric ;
      sh:name "Metric" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:LostPackets ;
      sh:description "Lost packets during a transaction." ],
    lo:QoSMetric-guaranteed .

# gx:RoundTripTime: Contractual roundTrip time defined in the SLA.
lo:RoundTripTimeShape
  a sh:NodeShape ;
  sh:targetClass gx:RoundTripTime ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:Availability-metric,
    lo:QoSMetric-guaranteed .

# gx:SLATargetPercentile: Percentage of frames the SLA metrics can be guaranteed.
lo:SLATargetPercentileShape
  a sh:NodeShape ;
  sh:targetClass gx:SLATargetPercentile ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# gx:TargetPercentile: Contractual percentile in the SLA.
lo:TargetPercentileShape
  a sh:NodeShape ;
  sh:targetClass gx:TargetPercentile ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:metric ;
      sh:name "Metric" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:SLATargetPercentile ;
      sh:description "Percentage of frames the SLA metrics can be guaranteed." ],
    lo:QoSMetric-guaranteed .

# gx:Throughput: Metric for throughput.
lo:ThroughputShape
  a sh:NodeShape ;
  sh:targetClass gx:Throughput ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:BandWidth-metric,
    lo:QoSMetric-guaranteed .


# ==================================================================================================
# Labels
# ==================================================================================================

# gx:LabelCredential: Gaia-X compliance engine issued credential representing a Gaia-X conformity
# label level.
lo:LabelCredentialShape
  a sh:NodeShape ;
  sh:targetClass gx:LabelCredential ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:labelLevel ;
      sh:name "Label Level" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:in ( "SC" "L1" "L2" "L3" ) ;
      sh:description "Abbreviated conformity level of the label credential (SC, L1, L2, ...)." ],
    [ sh:path gx:engineVersion ;
      sh:name "Engine Version" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Gaia-X compliance engine version that delivered a label credential." ],
    [ sh:path gx:rulesVersion ;
      sh:name "Rules Version" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Gaia-X compliance document version from which the validated criteria originate." ],
    [ sh:path gx:validatedCriteria ;
      sh:name "Validated Criteria" ;
      sh:minCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Gaia-X compliance document version from which the validated criteria originate." ],
    [ sh:path gx:compliantCredentials ;
      sh:name "Compliant Credentials" ;
      sh:minCount 1 ;
      sh:nodeKind sh:BlankNodeOrIRI ;
      sh:class gx:CompliantCredential ;
      sh:description "Credentials validated by the compliance engine and linked to a label credential." ] .

# gx:CompliantCredential: Snapshot of a credential deemed compliant by a compliance engine.
lo:CompliantCredentialShape
  a sh:NodeShape ;
  sh:targetClass gx:CompliantCredential ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    [ sh:path gx:credentialType ;
      sh:name "Credential Type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype xsd:string ;
      sh:description "Type of the compliant credential." ],
    [ sh:path cred:digestSRI ;
      sh:name "Digest SRI" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:Literal ;
      sh:datatype cred:sriString ;
      sh:description "Subresource Integrity hash of the verifiable credential ensuring it has won't be modified." ] .


# ==================================================================================================
# QUDT quantity kinds
# ==================================================================================================

# qudt:QuantityKind: A Quantity Kind is any observable property that can be measured and quantified
# numerically. Open shape (sh:closed false).
lo:QuantityKindShape
  a sh:NodeShape ;
  sh:targetClass qudt:QuantityKind ;
  sh:closed false ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# qk:DataRate
lo:DataRateShape
  a sh:NodeShape ;
  sh:targetClass qk:DataRate ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# qk:Frequency
lo:FrequencyShape
  a sh:NodeShape ;
  sh:targetClass qk:Frequency ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# qk:Power
lo:PowerShape
  a sh:NodeShape ;
  sh:targetClass qk:Power ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# qk:Time
lo:TimeShape
  a sh:NodeShape ;
  sh:targetClass qk:Time ;
  sh:closed true ;
  sh:ignoredProperties ( rdf:type ) ;
  sh:property
    lo:MemorySize-applicableUnit,
    lo:MemorySize-quantityValue .

# IANA media types (the same list for gx:DataAccountExport gx:formatType and gx:LegalDocument
# gx:mimeTypes in the official shapes): written once, as a list with a name.
lo:MediaTypes
  rdf:first "application/1d-interleaved-parityfec" ;
  rdf:rest (
         "application/3gpdash-qoe-report+xml"
        "application/3gppHal+json" "application/3gppHalForms+json" "application/3gpp-ims+xml"
        "application/A2L" "application/ace-groupcomm+cbor" "application/ace+cbor"
        "application/ace+json" "application/activemessage" "application/activity+json"
        "application/aif+cbor" "application/aif+json" "application/alto-cdni+json"
        "application/alto-cdnifilter+json" "application/alto-costmap+json"
        "application/alto-costmapfilter+json" "application/alto-directory+json"
        "application/alto-endpointprop+json" "application/alto-endpointpropparams+json"
        "application/alto-endpointcost+json" "application/alto-endpointcostparams+json"
        "application/alto-error+json" "application/alto-networkmapfilter+json"
        "application/alto-networkmap+json" "application/alto-propmap+json"
        "application/alto-propmapparams+json" "application/alto-tips+json"
        "application/alto-tipsparams+json" "application/alto-updatestreamcontrol+json"
        "application/alto-updatestreamparams+json" "application/AML" "application/andrew-inset"
        "application/applefile" "application/at+jwt" "application/ATF" "application/ATFX"
        "application/atom+xml" "application/atomcat+xml" "application/atomdeleted+xml"
        "application/atomicmail" "application/atomsvc+xml" "application/atsc-dwd+xml"
        "application/atsc-dynamic-event-message" "application/atsc-held+xml"
        "application/atsc-rdt+json" "application/atsc-rsat+xml" "application/ATXML"
        "application/auth-policy+xml" "application/automationml-aml+xml"
        "application/automationml-amlx+zip" "application/bacnet-xdd+zip" "application/batch-SMTP"
        "application/beep+xml" "application/bufr" "application/c2pa" "application/calendar+json"
        "application/calendar+xml" "application/call-completion" "application/CALS-1840"
        "application/captive+json" "application/cbor" "application/cbor-seq" "application/cccex"
        "application/ccmp+xml" "application/ccxml+xml" "application/cda+xml" "application/CDFX+XML"
        "application/cdmi-capability" "application/cdmi-container" "application/cdmi-domain"
        "application/cdmi-object" "application/cdmi-queue" "application/cdni" "application/CEA"
        "application/cea-2018+xml" "application/cellml+xml" "application/cfw"
        "application/cid-edhoc+cbor-seq" "application/city+json" "application/clr"
        "application/clue_info+xml" "application/clue+xml" "application/cms" "application/cnrp+xml"
        "application/coap-group+json" "application/coap-payload" "application/commonground"
        "application/concise-problem-details+cbor" "application/conference-info+xml"
        "application/cpl+xml" "application/cose" "application/cose-key" "application/cose-key-set"
        "application/cose-x509" "application/csrattrs" "application/csta+xml"
        "application/CSTAdata+xml" "application/csvm+json" "application/cwl" "application/cwl+json"
        "application/cwl+yaml" "application/cwt" "application/cybercash" "application/dash+xml"
        "application/dash-patch+xml" "application/dashdelta" "application/davmount+xml"
        "application/dca-rft" "application/DCD" "application/dec-dx" "application/dialog-info+xml"
        "application/dicom" "application/dicom+json" "application/dicom+xml" "application/DII"
        "application/DIT" "application/dns" "application/dns+json" "application/dns-message"
        "application/dots+cbor" "application/dpop+jwt" "application/dskpp+xml"
        "application/dssc+der" "application/dssc+xml" "application/dvcs" "application/ecmascript"
        "application/edhoc+cbor-seq" "application/EDI-consent" "application/EDIFACT"
        "application/EDI-X12" "application/efi" "application/elm+json" "application/elm+xml"
        "application/EmergencyCallData.cap+xml" "application/EmergencyCallData.Comment+xml"
        "application/EmergencyCallData.Control+xml" "application/EmergencyCallData.DeviceInfo+xml"
        "application/EmergencyCallData.eCall.MSD" "application/EmergencyCallData.LegacyESN+json"
        "application/EmergencyCallData.ProviderInfo+xml"
        "application/EmergencyCallData.ServiceInfo+xml"
        "application/EmergencyCallData.SubscriberInfo+xml" "application/EmergencyCallData.VEDS+xml"
        "application/emma+xml" "application/emotionml+xml" "application/encaprtp"
        "application/epp+xml" "application/epub+zip" "application/eshop" "application/example"
        "application/exi" "application/expect-ct-report+json" "application/express"
        "application/fastinfoset" "application/fastsoap" "application/fdf" "application/fdt+xml"
        "application/fhir+json" "application/fhir+xml" "application/fits" "application/flexfec"
        "application/font-sfnt" "application/font-tdpfr" "application/font-woff"
        "application/framework-attributes+xml" "application/geo+json" "application/geo+json-seq"
        "application/geopackage+sqlite3" "application/geoxacml+json" "application/geoxacml+xml"
        "application/gltf-buffer" "application/gml+xml" "application/gnap-binding-jws"
        "application/gnap-binding-jwsd" "application/gnap-binding-rotation-jws"
        "application/gnap-binding-rotation-jwsd" "application/grib" "application/gzip"
        "application/H224" "application/held+xml" "application/hl7v2+xml" "application/http"
        "application/hyperstudio" "application/ibe-key-request+xml" "application/ibe-pkg-reply+xml"
        "application/ibe-pp-data" "application/iges" "application/im-iscomposing+xml"
        "application/index" "application/index.cmd" "application/index.obj"
        "application/index.response" "application/index.vnd" "application/inkml+xml"
        "application/IOTP" "application/ipfix" "application/ipp" "application/ISUP"
        "application/its+xml" "application/java-archive" "application/javascript"
        "application/jf2feed+json" "application/jose" "application/jose+json" "application/jrd+json"
        "application/jscalendar+json" "application/jscontact+json" "application/json"
        "application/json-patch+json" "application/json-seq" "application/jsonpath"
        "application/jwk+json" "application/jwk-set+json" "application/jwt"
        "application/kpml-request+xml" "application/kpml-response+xml" "application/ld+json"
        "application/lgr+xml" "application/link-format" "application/linkset"
        "application/linkset+json" "application/load-control+xml" "application/logout+jwt"
        "application/lost+xml" "application/lostsync+xml" "application/lpf+zip" "application/LXF"
        "application/mac-binhex40" "application/macwriteii" "application/mads+xml"
        "application/manifest+json" "application/marc" "application/marcxml+xml"
        "application/mathematica" "application/mathml+xml" "application/mathml-content+xml"
        "application/mathml-presentation+xml"
        "application/mbms-associated-procedure-description+xml" "application/mbms-deregister+xml"
        "application/mbms-envelope+xml" "application/mbms-msk-response+xml"
        "application/mbms-msk+xml" "application/mbms-protection-description+xml"
        "application/mbms-reception-report+xml" "application/mbms-register-response+xml"
        "application/mbms-register+xml" "application/mbms-schedule+xml"
        "application/mbms-user-service-description+xml" "application/mbox"
        "application/media_control+xml" "application/media-policy-dataset+xml"
        "application/mediaservercontrol+xml" "application/merge-patch+json"
        "application/metalink4+xml" "application/mets+xml" "application/MF4" "application/mikey"
        "application/mipc" "application/missing-blocks+cbor-seq" "application/mmt-aei+xml"
        "application/mmt-usd+xml" "application/mods+xml" "application/moss-keys"
        "application/moss-signature" "application/mosskey-data" "application/mosskey-request"
        "application/mp21" "application/mp4" "application/mpeg4-generic" "application/mpeg4-iod"
        "application/mpeg4-iod-xmt" "application/mrb-consumer+xml" "application/mrb-publish+xml"
        "application/msc-ivr+xml" "application/msc-mixer+xml" "application/msword"
        "application/mud+json" "application/multipart-core" "application/mxf" "application/n-quads"
        "application/n-triples" "application/nasdata" "application/news-checkgroups"
        "application/news-groupinfo" "application/news-transmission" "application/nlsml+xml"
        "application/node" "application/nss" "application/oauth-authz-req+jwt"
        "application/oblivious-dns-message" "application/ocsp-request" "application/ocsp-response"
        "application/octet-stream" "application/ODA" "application/odm+xml" "application/ODX"
        "application/oebps-package+xml" "application/ogg" "application/ohttp-keys"
        "application/opc-nodeset+xml" "application/oscore" "application/oxps" "application/p21"
        "application/p21+zip" "application/p2p-overlay+xml" "application/parityfec"
        "application/passport" "application/patch-ops-error+xml" "application/pdf" "application/PDX"
        "application/pem-certificate-chain" "application/pgp-encrypted" "application/pgp-keys"
        "application/pgp-signature" "application/pidf-diff+xml" "application/pidf+xml"
        "application/pkcs10" "application/pkcs7-mime" "application/pkcs7-signature"
        "application/pkcs8" "application/pkcs8-encrypted" "application/pkcs12"
        "application/pkix-attr-cert" "application/pkix-cert" "application/pkix-crl"
        "application/pkix-pkipath" "application/pkixcmp" "application/pls+xml"
        "application/poc-settings+xml" "application/postscript" "application/ppsp-tracker+json"
        "application/private-token-issuer-directory" "application/private-token-request"
        "application/private-token-response" "application/problem+json" "application/problem+xml"
        "application/provenance+xml" "application/prs.alvestrand.titrax-sheet" "application/prs.cww"
        "application/prs.cyn" "application/prs.hpub+zip" "application/prs.implied-document+xml"
        "application/prs.implied-executable" "application/prs.implied-object+json"
        "application/prs.implied-object+json-seq" "application/prs.implied-object+yaml"
        "application/prs.implied-structure" "application/prs.nprend" "application/prs.plucker"
        "application/prs.rdf-xml-crypt" "application/prs.vcfbzip2" "application/prs.xsf+xml"
        "application/pskc+xml" "application/pvd+json" "application/rdf+xml"
        "application/route-apd+xml" "application/route-s-tsid+xml" "application/route-usd+xml"
        "application/QSIG" "application/raptorfec" "application/rdap+json" "application/reginfo+xml"
        "application/relax-ng-compact-syntax" "application/remote-printing"
        "application/reputon+json" "application/resource-lists-diff+xml"
        "application/resource-lists+xml" "application/rfc+xml" "application/riscos"
        "application/rlmi+xml" "application/rls-services+xml" "application/rpki-checklist"
        "application/rpki-ghostbusters" "application/rpki-manifest" "application/rpki-publication"
        "application/rpki-roa" "application/rpki-signed-tal" "application/rpki-updown"
        "application/rtf" "application/rtploopback" "application/rtx"
        "application/samlassertion+xml" "application/samlmetadata+xml"
        "application/sarif-external-properties+json" "application/sarif+json" "application/sbe"
        "application/sbml+xml" "application/scaip+xml" "application/scim+json"
        "application/scvp-cv-request" "application/scvp-cv-response" "application/scvp-vp-request"
        "application/scvp-vp-response" "application/sdp" "application/secevent+jwt"
        "application/senml-etch+cbor" "application/senml-etch+json" "application/senml-exi"
        "application/senml+cbor" "application/senml+json" "application/senml+xml"
        "application/sensml-exi" "application/sensml+cbor" "application/sensml+json"
        "application/sensml+xml" "application/sep-exi" "application/sep+xml"
        "application/session-info" "application/set-payment" "application/set-payment-initiation"
        "application/set-registration" "application/set-registration-initiation" "application/SGML"
        "application/sgml-open-catalog" "application/shf+xml" "application/sieve"
        "application/simple-filter+xml" "application/simple-message-summary"
        "application/simpleSymbolContainer" "application/sipc" "application/slate"
        "application/smil" "application/smil+xml" "application/smpte336m"
        "application/soap+fastinfoset" "application/soap+xml" "application/sparql-query"
        "application/spdx+json" "application/sparql-results+xml" "application/spirits-event+xml"
        "application/sql" "application/srgs" "application/srgs+xml" "application/sru+xml"
        "application/sslkeylogfile" "application/ssml+xml" "application/ST2110-41"
        "application/stix+json" "application/stratum" "application/swid+cbor" "application/swid+xml"
        "application/tamp-apex-update" "application/tamp-apex-update-confirm"
        "application/tamp-community-update" "application/tamp-community-update-confirm"
        "application/tamp-error" "application/tamp-sequence-adjust"
        "application/tamp-sequence-adjust-confirm" "application/tamp-status-query"
        "application/tamp-status-response" "application/tamp-update"
        "application/tamp-update-confirm" "application/taxii+json" "application/td+json"
        "application/tei+xml" "application/TETRA_ISI" "application/thraud+xml"
        "application/timestamp-query" "application/timestamp-reply" "application/timestamped-data"
        "application/tlsrpt+gzip" "application/tlsrpt+json" "application/tm+json"
        "application/tnauthlist" "application/token-introspection+jwt"
        "application/trickle-ice-sdpfrag" "application/trig" "application/ttml+xml"
        "application/tve-trigger" "application/tzif" "application/tzif-leap" "application/ulpfec"
        "application/urc-grpsheet+xml" "application/urc-ressheet+xml"
        "application/urc-targetdesc+xml" "application/urc-uisocketdesc+xml" "application/vc"
        "application/vcard+json" "application/vcard+xml" "application/vemmi"
        "application/vnd.1000minds.decision-model+xml" "application/vnd.1ob"
        "application/vnd.3gpp.5gnas" "application/vnd.3gpp.5gsa2x"
        "application/vnd.3gpp.5gsa2x-local-service-information"
        "application/vnd.3gpp.access-transfer-events+xml" "application/vnd.3gpp.bsf+xml"
        "application/vnd.3gpp.crs+xml" "application/vnd.3gpp.current-location-discovery+xml"
        "application/vnd.3gpp.GMOP+xml" "application/vnd.3gpp.gtpc"
        "application/vnd.3gpp.interworking-data" "application/vnd.3gpp.lpp"
        "application/vnd.3gpp.mc-signalling-ear"
        "application/vnd.3gpp.mcdata-affiliation-command+xml" "application/vnd.3gpp.mcdata-info+xml"
        "application/vnd.3gpp.mcdata-msgstore-ctrl-request+xml"
        "application/vnd.3gpp.mcdata-payload" "application/vnd.3gpp.mcdata-regroup+xml"
        "application/vnd.3gpp.mcdata-service-config+xml" "application/vnd.3gpp.mcdata-signalling"
        "application/vnd.3gpp.mcdata-ue-config+xml" "application/vnd.3gpp.mcdata-user-profile+xml"
        "application/vnd.3gpp.mcptt-affiliation-command+xml"
        "application/vnd.3gpp.mcptt-floor-request+xml" "application/vnd.3gpp.mcptt-info+xml"
        "application/vnd.3gpp.mcptt-location-info+xml"
        "application/vnd.3gpp.mcptt-mbms-usage-info+xml" "application/vnd.3gpp.mcptt-regroup+xml"
        "application/vnd.3gpp.mcptt-service-config+xml" "application/vnd.3gpp.mcptt-signed+xml"
        "application/vnd.3gpp.mcptt-ue-config+xml" "application/vnd.3gpp.mcptt-ue-init-config+xml"
        "application/vnd.3gpp.mcptt-user-profile+xml"
        "application/vnd.3gpp.mcvideo-affiliation-command+xml"
        "application/vnd.3gpp.mcvideo-affiliation-info+xml" "application/vnd.3gpp.mcvideo-info+xml"
        "application/vnd.3gpp.mcvideo-location-info+xml"
        "application/vnd.3gpp.mcvideo-mbms-usage-info+xml"
        "application/vnd.3gpp.mcvideo-regroup+xml" "application/vnd.3gpp.mcvideo-service-config+xml"
        "application/vnd.3gpp.mcvideo-transmission-request+xml"
        "application/vnd.3gpp.mcvideo-ue-config+xml" "application/vnd.3gpp.mcvideo-user-profile+xml"
        "application/vnd.3gpp.mid-call+xml" "application/vnd.3gpp.ngap" "application/vnd.3gpp.pfcp"
        "application/vnd.3gpp.pic-bw-large" "application/vnd.3gpp.pic-bw-small"
        "application/vnd.3gpp.pic-bw-var" "application/vnd.3gpp.pinapp-info+xml"
        "application/vnd.3gpp-prose-pc3a+xml" "application/vnd.3gpp-prose-pc3ach+xml"
        "application/vnd.3gpp-prose-pc3ch+xml" "application/vnd.3gpp-prose-pc8+xml"
        "application/vnd.3gpp-prose+xml" "application/vnd.3gpp.s1ap"
        "application/vnd.3gpp.seal-group-doc+xml" "application/vnd.3gpp.seal-info+xml"
        "application/vnd.3gpp.seal-location-info+xml"
        "application/vnd.3gpp.seal-mbms-usage-info+xml"
        "application/vnd.3gpp.seal-network-QoS-management-info+xml"
        "application/vnd.3gpp.seal-ue-config-info+xml" "application/vnd.3gpp.seal-unicast-info+xml"
        "application/vnd.3gpp.seal-user-profile-info+xml" "application/vnd.3gpp.sms"
        "application/vnd.3gpp.sms+xml" "application/vnd.3gpp.srvcc-ext+xml"
        "application/vnd.3gpp.SRVCC-info+xml" "application/vnd.3gpp.state-and-event-info+xml"
        "application/vnd.3gpp.ussd+xml" "application/vnd.3gpp.vae-info+xml"
        "application/vnd.3gpp-v2x-local-service-information" "application/vnd.3gpp2.bcmcsinfo+xml"
        "application/vnd.3gpp2.sms" "application/vnd.3gpp2.tcap" "application/vnd.3gpp.v2x"
        "application/vnd.3lightssoftware.imagescal" "application/vnd.3M.Post-it-Notes"
        "application/vnd.accpac.simply.aso" "application/vnd.accpac.simply.imp"
        "application/vnd.acm.addressxfer+json" "application/vnd.acm.chatbot+json"
        "application/vnd.acucobol" "application/vnd.acucorp" "application/vnd.adobe.flash.movie"
        "application/vnd.adobe.formscentral.fcdt" "application/vnd.adobe.fxp"
        "application/vnd.adobe.partial-upload" "application/vnd.adobe.xdp+xml"
        "application/vnd.aether.imp" "application/vnd.afpc.afplinedata"
        "application/vnd.afpc.afplinedata-pagedef" "application/vnd.afpc.cmoca-cmresource"
        "application/vnd.afpc.foca-charset" "application/vnd.afpc.foca-codedfont"
        "application/vnd.afpc.foca-codepage" "application/vnd.afpc.modca"
        "application/vnd.afpc.modca-cmtable" "application/vnd.afpc.modca-formdef"
        "application/vnd.afpc.modca-mediummap" "application/vnd.afpc.modca-objectcontainer"
        "application/vnd.afpc.modca-overlay" "application/vnd.afpc.modca-pagesegment"
        "application/vnd.age" "application/vnd.ah-barcode" "application/vnd.ahead.space"
        "application/vnd.airzip.filesecure.azf" "application/vnd.airzip.filesecure.azs"
        "application/vnd.amadeus+json" "application/vnd.amazon.mobi8-ebook"
        "application/vnd.americandynamics.acc" "application/vnd.amiga.ami"
        "application/vnd.amundsen.maze+xml" "application/vnd.android.ota" "application/vnd.anki"
        "application/vnd.anser-web-certificate-issue-initiation"
        "application/vnd.antix.game-component" "application/vnd.apache.arrow.file"
        "application/vnd.apache.arrow.stream" "application/vnd.apache.parquet"
        "application/vnd.apache.thrift.binary" "application/vnd.apache.thrift.compact"
        "application/vnd.apache.thrift.json" "application/vnd.apexlang" "application/vnd.api+json"
        "application/vnd.aplextor.warrp+json" "application/vnd.apothekende.reservation+json"
        "application/vnd.apple.installer+xml" "application/vnd.apple.keynote"
        "application/vnd.apple.mpegurl" "application/vnd.apple.numbers"
        "application/vnd.apple.pages" "application/vnd.arastra.swi"
        "application/vnd.aristanetworks.swi" "application/vnd.artisan+json"
        "application/vnd.artsquare" "application/vnd.astraea-software.iota"
        "application/vnd.audiograph" "application/vnd.autopackage" "application/vnd.avalon+json"
        "application/vnd.avistar+xml" "application/vnd.balsamiq.bmml+xml"
        "application/vnd.banana-accounting" "application/vnd.bbf.usp.error"
        "application/vnd.bbf.usp.msg" "application/vnd.bbf.usp.msg+json"
        "application/vnd.balsamiq.bmpr" "application/vnd.bekitzur-stech+json"
        "application/vnd.belightsoft.lhzd+zip" "application/vnd.belightsoft.lhzl+zip"
        "application/vnd.bint.med-content" "application/vnd.biopax.rdf+xml"
        "application/vnd.blink-idb-value-wrapper" "application/vnd.blueice.multipass"
        "application/vnd.bluetooth.ep.oob" "application/vnd.bluetooth.le.oob" "application/vnd.bmi"
        "application/vnd.bpf" "application/vnd.bpf3" "application/vnd.businessobjects"
        "application/vnd.byu.uapi+json" "application/vnd.bzip3" "application/vnd.c3voc.schedule+xml"
        "application/vnd.cab-jscript" "application/vnd.canon-cpdl" "application/vnd.canon-lips"
        "application/vnd.capasystems-pg+json" "application/vnd.cendio.thinlinc.clientconf"
        "application/vnd.century-systems.tcp_stream" "application/vnd.chemdraw+xml"
        "application/vnd.chess-pgn" "application/vnd.chipnuts.karaoke-mmd" "application/vnd.ciedi"
        "application/vnd.cinderella" "application/vnd.cirpack.isdn-ext"
        "application/vnd.citationstyles.style+xml" "application/vnd.claymore"
        "application/vnd.cloanto.rp9" "application/vnd.clonk.c4group"
        "application/vnd.cluetrust.cartomobile-config"
        "application/vnd.cluetrust.cartomobile-config-pkg"
        "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
        "application/vnd.cncf.helm.chart.provenance.v1.prov"
        "application/vnd.cncf.helm.config.v1+json" "application/vnd.coffeescript"
        "application/vnd.collabio.xodocuments.document"
        "application/vnd.collabio.xodocuments.document-template"
        "application/vnd.collabio.xodocuments.presentation"
        "application/vnd.collabio.xodocuments.presentation-template"
        "application/vnd.collabio.xodocuments.spreadsheet"
        "application/vnd.collabio.xodocuments.spreadsheet-template"
        "application/vnd.collection.doc+json" "application/vnd.collection+json"
        "application/vnd.collection.next+json" "application/vnd.comicbook-rar"
        "application/vnd.comicbook+zip" "application/vnd.commerce-battelle"
        "application/vnd.commonspace" "application/vnd.coreos.ignition+json"
        "application/vnd.cosmocaller" "application/vnd.contact.cmsg" "application/vnd.crick.clicker"
        "application/vnd.crick.clicker.keyboard" "application/vnd.crick.clicker.palette"
        "application/vnd.crick.clicker.template" "application/vnd.crick.clicker.wordbank"
        "application/vnd.criticaltools.wbs+xml" "application/vnd.cryptii.pipe+json"
        "application/vnd.crypto-shade-file" "application/vnd.cryptomator.encrypted"
        "application/vnd.cryptomator.vault" "application/vnd.ctc-posml"
        "application/vnd.ctct.ws+xml" "application/vnd.cups-pdf" "application/vnd.cups-postscript"
        "application/vnd.cups-ppd" "application/vnd.cups-raster" "application/vnd.cups-raw"
        "application/vnd.curl" "application/vnd.cyan.dean.root+xml" "application/vnd.cybank"
        "application/vnd.cyclonedx+json" "application/vnd.cyclonedx+xml"
        "application/vnd.d2l.coursepackage1p0+zip" "application/vnd.d3m-dataset"
        "application/vnd.d3m-problem" "application/vnd.dart" "application/vnd.data-vision.rdz"
        "application/vnd.datalog" "application/vnd.datapackage+json"
        "application/vnd.dataresource+json" "application/vnd.dbf"
        "application/vnd.debian.binary-package" "application/vnd.dece.data"
        "application/vnd.dece.ttml+xml" "application/vnd.dece.unspecified"
        "application/vnd.dece.zip" "application/vnd.denovo.fcselayout-link"
        "application/vnd.desmume.movie" "application/vnd.dir-bi.plate-dl-nosuffix"
        "application/vnd.dm.delegation+xml" "application/vnd.dna" "application/vnd.document+json"
        "application/vnd.dolby.mobile.1" "application/vnd.dolby.mobile.2"
        "application/vnd.doremir.scorecloud-binary-document" "application/vnd.dpgraph"
        "application/vnd.dreamfactory" "application/vnd.drive+json" "application/vnd.dtg.local"
        "application/vnd.dtg.local.flash" "application/vnd.dtg.local.html" "application/vnd.dvb.ait"
        "application/vnd.dvb.dvbisl+xml" "application/vnd.dvb.dvbj"
        "application/vnd.dvb.esgcontainer" "application/vnd.dvb.ipdcdftnotifaccess"
        "application/vnd.dvb.ipdcesgaccess" "application/vnd.dvb.ipdcesgaccess2"
        "application/vnd.dvb.ipdcesgpdd" "application/vnd.dvb.ipdcroaming"
        "application/vnd.dvb.iptv.alfec-base" "application/vnd.dvb.iptv.alfec-enhancement"
        "application/vnd.dvb.notif-aggregate-root+xml" "application/vnd.dvb.notif-container+xml"
        "application/vnd.dvb.notif-generic+xml" "application/vnd.dvb.notif-ia-msglist+xml"
        "application/vnd.dvb.notif-ia-registration-request+xml"
        "application/vnd.dvb.notif-ia-registration-response+xml"
        "application/vnd.dvb.notif-init+xml" "application/vnd.dvb.pfr" "application/vnd.dvb.service"
        "application/vnd.dxr" "application/vnd.dynageo" "application/vnd.dzr"
        "application/vnd.easykaraoke.cdgdownload" "application/vnd.ecip.rlp"
        "application/vnd.ecdis-update" "application/vnd.eclipse.ditto+json"
        "application/vnd.ecowin.chart" "application/vnd.ecowin.filerequest"
        "application/vnd.ecowin.fileupdate" "application/vnd.ecowin.series"
        "application/vnd.ecowin.seriesrequest" "application/vnd.ecowin.seriesupdate"
        "application/vnd.efi.img" "application/vnd.efi.iso" "application/vnd.eln+zip"
        "application/vnd.emclient.accessrequest+xml" "application/vnd.enliven"
        "application/vnd.enphase.envoy" "application/vnd.eprints.data+xml"
        "application/vnd.epson.esf" "application/vnd.epson.msf" "application/vnd.epson.quickanime"
        "application/vnd.epson.salt" "application/vnd.epson.ssf"
        "application/vnd.ericsson.quickcall" "application/vnd.erofs"
        "application/vnd.espass-espass+zip" "application/vnd.eszigno3+xml"
        "application/vnd.etsi.aoc+xml" "application/vnd.etsi.asic-s+zip"
        "application/vnd.etsi.asic-e+zip" "application/vnd.etsi.cug+xml"
        "application/vnd.etsi.iptvcommand+xml" "application/vnd.etsi.iptvdiscovery+xml"
        "application/vnd.etsi.iptvprofile+xml" "application/vnd.etsi.iptvsad-bc+xml"
        "application/vnd.etsi.iptvsad-cod+xml" "application/vnd.etsi.iptvsad-npvr+xml"
        "application/vnd.etsi.iptvservice+xml" "application/vnd.etsi.iptvsync+xml"
        "application/vnd.etsi.iptvueprofile+xml" "application/vnd.etsi.mcid+xml"
        "application/vnd.etsi.mheg5" "application/vnd.etsi.overload-control-policy-dataset+xml"
        "application/vnd.etsi.pstn+xml" "application/vnd.etsi.sci+xml"
        "application/vnd.etsi.simservs+xml" "application/vnd.etsi.timestamp-token"
        "application/vnd.etsi.tsl+xml" "application/vnd.etsi.tsl.der"
        "application/vnd.eu.kasparian.car+json" "application/vnd.eudora.data"
        "application/vnd.evolv.ecig.profile" "application/vnd.evolv.ecig.settings"
        "application/vnd.evolv.ecig.theme" "application/vnd.exstream-empower+zip"
        "application/vnd.exstream-package" "application/vnd.ezpix-album"
        "application/vnd.ezpix-package" "application/vnd.f-secure.mobile"
        "application/vnd.fastcopy-disk-image" "application/vnd.familysearch.gedcom+zip"
        "application/vnd.fdsn.mseed" "application/vnd.fdsn.seed" "application/vnd.ffsns"
        "application/vnd.ficlab.flb+zip" "application/vnd.filmit.zfc" "application/vnd.fints"
        "application/vnd.firemonkeys.cloudcell" "application/vnd.FloGraphIt"
        "application/vnd.fluxtime.clip" "application/vnd.font-fontforge-sfd"
        "application/vnd.framemaker" "application/vnd.freelog.comic" "application/vnd.frogans.fnc"
        "application/vnd.frogans.ltf" "application/vnd.fsc.weblaunch"
        "application/vnd.fujifilm.fb.docuworks" "application/vnd.fujifilm.fb.docuworks.binder"
        "application/vnd.fujifilm.fb.docuworks.container" "application/vnd.fujifilm.fb.jfi+xml"
        "application/vnd.fujitsu.oasys" "application/vnd.fujitsu.oasys2"
        "application/vnd.fujitsu.oasys3" "application/vnd.fujitsu.oasysgp"
        "application/vnd.fujitsu.oasysprs" "application/vnd.fujixerox.ART4"
        "application/vnd.fujixerox.ART-EX" "application/vnd.fujixerox.ddd"
        "application/vnd.fujixerox.docuworks" "application/vnd.fujixerox.docuworks.binder"
        "application/vnd.fujixerox.docuworks.container" "application/vnd.fujixerox.HBPL"
        "application/vnd.fut-misnet" "application/vnd.futoin+cbor" "application/vnd.futoin+json"
        "application/vnd.fuzzysheet" "application/vnd.ga4gh.passport+jwt"
        "application/vnd.genomatix.tuxedo" "application/vnd.genozip"
        "application/vnd.gentics.grd+json" "application/vnd.gentoo.catmetadata+xml"
        "application/vnd.gentoo.ebuild" "application/vnd.gentoo.eclass"
        "application/vnd.gentoo.gpkg" "application/vnd.gentoo.manifest"
        "application/vnd.gentoo.xpak" "application/vnd.gentoo.pkgmetadata+xml"
        "application/vnd.geo+json" "application/vnd.geocube+xml" "application/vnd.geogebra.file"
        "application/vnd.geogebra.slides" "application/vnd.geogebra.tool"
        "application/vnd.geometry-explorer" "application/vnd.geonext" "application/vnd.geoplan"
        "application/vnd.geospace" "application/vnd.gerber"
        "application/vnd.globalplatform.card-content-mgt"
        "application/vnd.globalplatform.card-content-mgt-response" "application/vnd.gmx"
        "application/vnd.gnu.taler.exchange+json" "application/vnd.gnu.taler.merchant+json"
        "application/vnd.google-earth.kml+xml" "application/vnd.google-earth.kmz"
        "application/vnd.gov.sk.e-form+xml" "application/vnd.gov.sk.e-form+zip"
        "application/vnd.gov.sk.xmldatacontainer+xml" "application/vnd.gpxsee.map+xml"
        "application/vnd.grafeq" "application/vnd.gridmp" "application/vnd.groove-account"
        "application/vnd.groove-help" "application/vnd.groove-identity-message"
        "application/vnd.groove-injector" "application/vnd.groove-tool-message"
        "application/vnd.groove-tool-template" "application/vnd.groove-vcard"
        "application/vnd.hal+json" "application/vnd.hal+xml"
        "application/vnd.HandHeld-Entertainment+xml" "application/vnd.hbci"
        "application/vnd.hc+json" "application/vnd.hcl-bireports" "application/vnd.hdt"
        "application/vnd.heroku+json" "application/vnd.hhe.lesson-player" "application/vnd.hp-HPGL"
        "application/vnd.hp-hpid" "application/vnd.hp-hps" "application/vnd.hp-jlyt"
        "application/vnd.hp-PCL" "application/vnd.hp-PCLXL" "application/vnd.hsl"
        "application/vnd.httphone" "application/vnd.hydrostatix.sof-data"
        "application/vnd.hyper-item+json" "application/vnd.hyper+json"
        "application/vnd.hyperdrive+json" "application/vnd.hzn-3d-crossword"
        "application/vnd.ibm.afplinedata" "application/vnd.ibm.electronic-media"
        "application/vnd.ibm.MiniPay" "application/vnd.ibm.modcap"
        "application/vnd.ibm.rights-management" "application/vnd.ibm.secure-container"
        "application/vnd.iccprofile" "application/vnd.ieee.1905" "application/vnd.igloader"
        "application/vnd.imagemeter.folder+zip" "application/vnd.imagemeter.image+zip"
        "application/vnd.immervision-ivp" "application/vnd.immervision-ivu"
        "application/vnd.ims.imsccv1p1" "application/vnd.ims.imsccv1p2"
        "application/vnd.ims.imsccv1p3" "application/vnd.ims.lis.v2.result+json"
        "application/vnd.ims.lti.v2.toolconsumerprofile+json"
        "application/vnd.ims.lti.v2.toolproxy.id+json" "application/vnd.ims.lti.v2.toolproxy+json"
        "application/vnd.ims.lti.v2.toolsettings+json"
        "application/vnd.ims.lti.v2.toolsettings.simple+json"
        "application/vnd.informedcontrol.rms+xml" "application/vnd.infotech.project"
        "application/vnd.infotech.project+xml" "application/vnd.informix-visionary"
        "application/vnd.innopath.wamp.notification" "application/vnd.insors.igm"
        "application/vnd.intercon.formnet" "application/vnd.intergeo"
        "application/vnd.intertrust.digibox" "application/vnd.intertrust.nncp"
        "application/vnd.intu.qbo" "application/vnd.intu.qfx" "application/vnd.ipfs.ipns-record"
        "application/vnd.ipld.car" "application/vnd.ipld.dag-cbor" "application/vnd.ipld.dag-json"
        "application/vnd.ipld.raw" "application/vnd.iptc.g2.catalogitem+xml"
        "application/vnd.iptc.g2.conceptitem+xml" "application/vnd.iptc.g2.knowledgeitem+xml"
        "application/vnd.iptc.g2.newsitem+xml" "application/vnd.iptc.g2.newsmessage+xml"
        "application/vnd.iptc.g2.packageitem+xml" "application/vnd.iptc.g2.planningitem+xml"
        "application/vnd.ipunplugged.rcprofile" "application/vnd.irepository.package+xml"
        "application/vnd.is-xpr" "application/vnd.isac.fcs" "application/vnd.jam"
        "application/vnd.iso11783-10+zip" "application/vnd.japannet-directory-service"
        "application/vnd.japannet-jpnstore-wakeup" "application/vnd.japannet-payment-wakeup"
        "application/vnd.japannet-registration" "application/vnd.japannet-registration-wakeup"
        "application/vnd.japannet-setstore-wakeup" "application/vnd.japannet-verification"
        "application/vnd.japannet-verification-wakeup" "application/vnd.jcp.javame.midlet-rms"
        "application/vnd.jisp" "application/vnd.joost.joda-archive" "application/vnd.jsk.isdn-ngn"
        "application/vnd.kahootz" "application/vnd.kde.karbon" "application/vnd.kde.kchart"
        "application/vnd.kde.kformula" "application/vnd.kde.kivio" "application/vnd.kde.kontour"
        "application/vnd.kde.kpresenter" "application/vnd.kde.kspread" "application/vnd.kde.kword"
        "application/vnd.kenameaapp" "application/vnd.kidspiration" "application/vnd.Kinar"
        "application/vnd.koan" "application/vnd.kodak-descriptor" "application/vnd.las"
        "application/vnd.las.las+json" "application/vnd.las.las+xml" "application/vnd.laszip"
        "application/vnd.ldev.productlicensing" "application/vnd.leap+json"
        "application/vnd.liberty-request+xml" "application/vnd.llamagraphics.life-balance.desktop"
        "application/vnd.llamagraphics.life-balance.exchange+xml"
        "application/vnd.logipipe.circuit+zip" "application/vnd.loom" "application/vnd.lotus-1-2-3"
        "application/vnd.lotus-approach" "application/vnd.lotus-freelance"
        "application/vnd.lotus-notes" "application/vnd.lotus-organizer"
        "application/vnd.lotus-screencam" "application/vnd.lotus-wordpro"
        "application/vnd.macports.portpkg" "application/vnd.mapbox-vector-tile"
        "application/vnd.marlin.drm.actiontoken+xml" "application/vnd.marlin.drm.conftoken+xml"
        "application/vnd.marlin.drm.license+xml" "application/vnd.marlin.drm.mdcf"
        "application/vnd.mason+json" "application/vnd.maxar.archive.3tz+zip"
        "application/vnd.maxmind.maxmind-db" "application/vnd.mcd" "application/vnd.mdl"
        "application/vnd.mdl-mbsdf" "application/vnd.medcalcdata"
        "application/vnd.mediastation.cdkey" "application/vnd.medicalholodeck.recordxr"
        "application/vnd.meridian-slingshot" "application/vnd.mermaid" "application/vnd.MFER"
        "application/vnd.mfmp" "application/vnd.micro+json" "application/vnd.micrografx.flo"
        "application/vnd.micrografx.igx" "application/vnd.microsoft.portable-executable"
        "application/vnd.microsoft.windows.thumbnail-cache" "application/vnd.miele+json"
        "application/vnd.mif" "application/vnd.minisoft-hp3000-save"
        "application/vnd.mitsubishi.misty-guard.trustweb" "application/vnd.Mobius.DAF"
        "application/vnd.Mobius.DIS" "application/vnd.Mobius.MBK" "application/vnd.Mobius.MQY"
        "application/vnd.Mobius.MSL" "application/vnd.Mobius.PLC" "application/vnd.Mobius.TXF"
        "application/vnd.modl" "application/vnd.mophun.application"
        "application/vnd.mophun.certificate" "application/vnd.motorola.flexsuite"
        "application/vnd.motorola.flexsuite.adsi" "application/vnd.motorola.flexsuite.fis"
        "application/vnd.motorola.flexsuite.gotap" "application/vnd.motorola.flexsuite.kmr"
        "application/vnd.motorola.flexsuite.ttc" "application/vnd.motorola.flexsuite.wem"
        "application/vnd.motorola.iprm" "application/vnd.mozilla.xul+xml"
        "application/vnd.ms-artgalry" "application/vnd.ms-asf" "application/vnd.ms-cab-compressed"
        "application/vnd.ms-3mfdocument" "application/vnd.ms-excel"
        "application/vnd.ms-excel.addin.macroEnabled.12"
        "application/vnd.ms-excel.sheet.binary.macroEnabled.12"
        "application/vnd.ms-excel.sheet.macroEnabled.12"
        "application/vnd.ms-excel.template.macroEnabled.12" "application/vnd.ms-fontobject"
        "application/vnd.ms-htmlhelp" "application/vnd.ms-ims" "application/vnd.ms-lrm"
        "application/vnd.ms-office.activeX+xml" "application/vnd.ms-officetheme"
        "application/vnd.ms-playready.initiator+xml" "application/vnd.ms-powerpoint"
        "application/vnd.ms-powerpoint.addin.macroEnabled.12"
        "application/vnd.ms-powerpoint.presentation.macroEnabled.12"
        "application/vnd.ms-powerpoint.slide.macroEnabled.12"
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.12"
        "application/vnd.ms-powerpoint.template.macroEnabled.12"
        "application/vnd.ms-PrintDeviceCapabilities+xml" "application/vnd.ms-PrintSchemaTicket+xml"
        "application/vnd.ms-project" "application/vnd.ms-tnef"
        "application/vnd.ms-windows.devicepairing" "application/vnd.ms-windows.nwprinting.oob"
        "application/vnd.ms-windows.printerpairing" "application/vnd.ms-windows.wsd.oob"
        "application/vnd.ms-wmdrm.lic-chlg-req" "application/vnd.ms-wmdrm.lic-resp"
        "application/vnd.ms-wmdrm.meter-chlg-req" "application/vnd.ms-wmdrm.meter-resp"
        "application/vnd.ms-word.document.macroEnabled.12"
        "application/vnd.ms-word.template.macroEnabled.12" "application/vnd.ms-works"
        "application/vnd.ms-wpl" "application/vnd.ms-xpsdocument" "application/vnd.msa-disk-image"
        "application/vnd.mseq" "application/vnd.msgpack" "application/vnd.msign"
        "application/vnd.multiad.creator" "application/vnd.multiad.creator.cif"
        "application/vnd.musician" "application/vnd.music-niff" "application/vnd.muvee.style"
        "application/vnd.mynfc" "application/vnd.nacamar.ybrid+json"
        "application/vnd.nato.bindingdataobject+cbor" "application/vnd.nato.bindingdataobject+json"
        "application/vnd.nato.bindingdataobject+xml"
        "application/vnd.nato.openxmlformats-package.iepd+zip" "application/vnd.ncd.control"
        "application/vnd.ncd.reference" "application/vnd.nearst.inv+json"
        "application/vnd.nebumind.line" "application/vnd.nervana" "application/vnd.netfpx"
        "application/vnd.neurolanguage.nlu" "application/vnd.nimn"
        "application/vnd.nintendo.snes.rom" "application/vnd.nintendo.nitro.rom"
        "application/vnd.nitf" "application/vnd.noblenet-directory"
        "application/vnd.noblenet-sealer" "application/vnd.noblenet-web"
        "application/vnd.nokia.catalogs" "application/vnd.nokia.conml+wbxml"
        "application/vnd.nokia.conml+xml" "application/vnd.nokia.iptv.config+xml"
        "application/vnd.nokia.iSDS-radio-presets" "application/vnd.nokia.landmark+wbxml"
        "application/vnd.nokia.landmark+xml" "application/vnd.nokia.landmarkcollection+xml"
        "application/vnd.nokia.ncd" "application/vnd.nokia.n-gage.ac+xml"
        "application/vnd.nokia.n-gage.data" "application/vnd.nokia.n-gage.symbian.install"
        "application/vnd.nokia.pcd+wbxml" "application/vnd.nokia.pcd+xml"
        "application/vnd.nokia.radio-preset" "application/vnd.nokia.radio-presets"
        "application/vnd.novadigm.EDM" "application/vnd.novadigm.EDX" "application/vnd.novadigm.EXT"
        "application/vnd.ntt-local.content-share" "application/vnd.ntt-local.file-transfer"
        "application/vnd.ntt-local.ogw_remote-access" "application/vnd.ntt-local.sip-ta_remote"
        "application/vnd.ntt-local.sip-ta_tcp_stream" "application/vnd.oai.workflows"
        "application/vnd.oai.workflows+json" "application/vnd.oai.workflows+yaml"
        "application/vnd.oasis.opendocument.base" "application/vnd.oasis.opendocument.chart"
        "application/vnd.oasis.opendocument.chart-template"
        "application/vnd.oasis.opendocument.database" "application/vnd.oasis.opendocument.formula"
        "application/vnd.oasis.opendocument.formula-template"
        "application/vnd.oasis.opendocument.graphics"
        "application/vnd.oasis.opendocument.graphics-template"
        "application/vnd.oasis.opendocument.image"
        "application/vnd.oasis.opendocument.image-template"
        "application/vnd.oasis.opendocument.presentation"
        "application/vnd.oasis.opendocument.presentation-template"
        "application/vnd.oasis.opendocument.spreadsheet"
        "application/vnd.oasis.opendocument.spreadsheet-template"
        "application/vnd.oasis.opendocument.text" "application/vnd.oasis.opendocument.text-master"
        "application/vnd.oasis.opendocument.text-master-template"
        "application/vnd.oasis.opendocument.text-template"
        "application/vnd.oasis.opendocument.text-web" "application/vnd.obn"
        "application/vnd.ocf+cbor" "application/vnd.oci.image.manifest.v1+json"
        "application/vnd.oftn.l10n+json" "application/vnd.oipf.contentaccessdownload+xml"
        "application/vnd.oipf.contentaccessstreaming+xml" "application/vnd.oipf.cspg-hexbinary"
        "application/vnd.oipf.dae.svg+xml" "application/vnd.oipf.dae.xhtml+xml"
        "application/vnd.oipf.mippvcontrolmessage+xml" "application/vnd.oipf.pae.gem"
        "application/vnd.oipf.spdiscovery+xml" "application/vnd.oipf.spdlist+xml"
        "application/vnd.oipf.ueprofile+xml" "application/vnd.oipf.userprofile+xml"
        "application/vnd.olpc-sugar" "application/vnd.oma.bcast.associated-procedure-parameter+xml"
        "application/vnd.oma.bcast.drm-trigger+xml" "application/vnd.oma.bcast.imd+xml"
        "application/vnd.oma.bcast.ltkm" "application/vnd.oma.bcast.notification+xml"
        "application/vnd.oma.bcast.provisioningtrigger" "application/vnd.oma.bcast.sgboot"
        "application/vnd.oma.bcast.sgdd+xml" "application/vnd.oma.bcast.sgdu"
        "application/vnd.oma.bcast.simple-symbol-container"
        "application/vnd.oma.bcast.smartcard-trigger+xml" "application/vnd.oma.bcast.sprov+xml"
        "application/vnd.oma.bcast.stkm" "application/vnd.oma.cab-address-book+xml"
        "application/vnd.oma.cab-feature-handler+xml" "application/vnd.oma.cab-pcc+xml"
        "application/vnd.oma.cab-subs-invite+xml" "application/vnd.oma.cab-user-prefs+xml"
        "application/vnd.oma.dcd" "application/vnd.oma.dcdc" "application/vnd.oma.dd2+xml"
        "application/vnd.oma.drm.risd+xml" "application/vnd.oma.group-usage-list+xml"
        "application/vnd.oma.lwm2m+cbor" "application/vnd.oma.lwm2m+json"
        "application/vnd.oma.lwm2m+tlv" "application/vnd.oma.pal+xml"
        "application/vnd.oma.poc.detailed-progress-report+xml"
        "application/vnd.oma.poc.final-report+xml" "application/vnd.oma.poc.groups+xml"
        "application/vnd.oma.poc.invocation-descriptor+xml"
        "application/vnd.oma.poc.optimized-progress-report+xml" "application/vnd.oma.push"
        "application/vnd.oma.scidm.messages+xml" "application/vnd.oma.xcap-directory+xml"
        "application/vnd.omads-email+xml" "application/vnd.omads-file+xml"
        "application/vnd.omads-folder+xml" "application/vnd.omaloc-supl-init"
        "application/vnd.oma-scws-config" "application/vnd.oma-scws-http-request"
        "application/vnd.oma-scws-http-response" "application/vnd.onepager"
        "application/vnd.onepagertamp" "application/vnd.onepagertamx" "application/vnd.onepagertat"
        "application/vnd.onepagertatp" "application/vnd.onepagertatx"
        "application/vnd.onvif.metadata" "application/vnd.openblox.game-binary"
        "application/vnd.openblox.game+xml" "application/vnd.openeye.oeb"
        "application/vnd.openstreetmap.data+xml" "application/vnd.opentimestamps.ots"
        "application/vnd.openxmlformats-officedocument.custom-properties+xml"
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        "application/vnd.openxmlformats-officedocument.drawing+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"
        "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"
        "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.comments+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.handoutMaster+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.slide"
        "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow"
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.slideUpdateInfo+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.tags+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.template"
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
        "application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.tableSingleCells+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.userNames+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.volatileDependencies+xml"
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        "application/vnd.openxmlformats-officedocument.theme+xml"
        "application/vnd.openxmlformats-officedocument.themeOverride+xml"
        "application/vnd.openxmlformats-officedocument.vmlDrawing"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
        "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"
        "application/vnd.openxmlformats-package.core-properties+xml"
        "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"
        "application/vnd.openxmlformats-package.relationships+xml"
        "application/vnd.oracle.resource+json" "application/vnd.orange.indata"
        "application/vnd.osa.netdeploy" "application/vnd.osgeo.mapguide.package"
        "application/vnd.osgi.bundle" "application/vnd.osgi.dp" "application/vnd.osgi.subsystem"
        "application/vnd.otps.ct-kip+xml" "application/vnd.oxli.countgraph"
        "application/vnd.pagerduty+json" "application/vnd.palm" "application/vnd.panoply"
        "application/vnd.paos.xml" "application/vnd.patentdive" "application/vnd.patientecommsdoc"
        "application/vnd.pawaafile" "application/vnd.pcos" "application/vnd.pg.format"
        "application/vnd.pg.osasli" "application/vnd.piaccess.application-licence"
        "application/vnd.picsel" "application/vnd.pmi.widget"
        "application/vnd.poc.group-advertisement+xml" "application/vnd.pocketlearn"
        "application/vnd.powerbuilder6" "application/vnd.powerbuilder6-s"
        "application/vnd.powerbuilder7" "application/vnd.powerbuilder75"
        "application/vnd.powerbuilder75-s" "application/vnd.powerbuilder7-s"
        "application/vnd.preminet" "application/vnd.previewsystems.box"
        "application/vnd.proteus.magazine" "application/vnd.psfs" "application/vnd.pt.mundusmundi"
        "application/vnd.publishare-delta-tree" "application/vnd.pvi.ptid1"
        "application/vnd.pwg-multiplexed" "application/vnd.pwg-xhtml-print+xml"
        "application/vnd.qualcomm.brew-app-res" "application/vnd.quarantainenet"
        "application/vnd.Quark.QuarkXPress" "application/vnd.quobject-quoxdocument"
        "application/vnd.radisys.moml+xml" "application/vnd.radisys.msml-audit-conf+xml"
        "application/vnd.radisys.msml-audit-conn+xml"
        "application/vnd.radisys.msml-audit-dialog+xml"
        "application/vnd.radisys.msml-audit-stream+xml" "application/vnd.radisys.msml-audit+xml"
        "application/vnd.radisys.msml-conf+xml" "application/vnd.radisys.msml-dialog-base+xml"
        "application/vnd.radisys.msml-dialog-fax-detect+xml"
        "application/vnd.radisys.msml-dialog-fax-sendrecv+xml"
        "application/vnd.radisys.msml-dialog-group+xml"
        "application/vnd.radisys.msml-dialog-speech+xml"
        "application/vnd.radisys.msml-dialog-transform+xml"
        "application/vnd.radisys.msml-dialog+xml" "application/vnd.radisys.msml+xml"
        "application/vnd.rainstor.data" "application/vnd.rapid" "application/vnd.rar"
        "application/vnd.realvnc.bed" "application/vnd.recordare.musicxml"
        "application/vnd.recordare.musicxml+xml" "application/vnd.relpipe"
        "application/vnd.RenLearn.rlprint" "application/vnd.resilient.logic"
        "application/vnd.restful+json" "application/vnd.rig.cryptonote"
        "application/vnd.route66.link66+xml" "audio/1d-interleaved-parityfec" "audio/32kadpcm"
        "audio/3gpp" "audio/3gpp2" "audio/aac" "audio/ac3" "audio/AMR" "audio/AMR-WB"
        "audio/amr-wb+" "audio/aptx" "audio/asc" "audio/ATRAC-ADVANCED-LOSSLESS" "audio/ATRAC-X"
        "audio/ATRAC3" "audio/basic" "audio/BV16" "audio/BV32" "audio/clearmode" "audio/CN"
        "audio/DAT12" "audio/dls" "audio/dsr-es201108" "audio/dsr-es202050" "audio/dsr-es202211"
        "audio/dsr-es202212" "audio/DV" "audio/DVI4" "audio/eac3" "audio/encaprtp" "audio/EVRC"
        "audio/EVRC-QCP" "audio/EVRC0" "audio/EVRC1" "audio/EVRCB" "audio/EVRCB0" "audio/EVRCB1"
        "audio/EVRCNW" "audio/EVRCNW0" "audio/EVRCNW1" "audio/EVRCWB" "audio/EVRCWB0"
        "audio/EVRCWB1" "audio/EVS" "audio/example" "audio/flac" "audio/flexfec" "audio/fwdred"
        "audio/G711-0" "audio/G719" "audio/G7221" "audio/G722" "audio/G723" "audio/G726-16"
        "audio/G726-24" "audio/G726-32" "audio/G726-40" "audio/G728" "audio/G729" "audio/G7291"
        "audio/G729D" "audio/G729E" "audio/GSM" "audio/GSM-EFR" "audio/GSM-HR-08" "audio/iLBC"
        "audio/ip-mr_v2.5" "audio/L8" "audio/L16" "audio/L20" "audio/L24" "audio/LPC"
        "audio/matroska" "audio/MELP" "audio/MELP600" "audio/MELP1200" "audio/MELP2400" "audio/mhas"
        "audio/midi-clip" "audio/mobile-xmf" "audio/MPA" "audio/mp4" "audio/MP4A-LATM"
        "audio/mpa-robust" "audio/mpeg" "audio/mpeg4-generic" "audio/ogg" "audio/opus"
        "audio/parityfec" "audio/PCMA" "audio/PCMA-WB" "audio/PCMU" "audio/PCMU-WB" "audio/prs.sid"
        "audio/QCELP" "audio/raptorfec" "audio/RED" "audio/rtp-enc-aescm128" "audio/rtploopback"
        "audio/rtp-midi" "audio/rtx" "audio/scip" "audio/SMV" "audio/SMV0" "audio/SMV-QCP"
        "audio/sofa" "audio/sp-midi" "audio/speex" "audio/t140c" "audio/t38" "audio/telephone-event"
        "audio/TETRA_ACELP" "audio/TETRA_ACELP_BB" "audio/tone" "audio/TSVCIS" "audio/UEMCLIP"
        "audio/ulpfec" "audio/usac" "audio/VDVI" "audio/VMR-WB" "audio/vnd.3gpp.iufp"
        "audio/vnd.4SB" "audio/vnd.audiokoz" "audio/vnd.CELP" "audio/vnd.cisco.nse"
        "audio/vnd.cmles.radio-events" "audio/vnd.cns.anp1" "audio/vnd.cns.inf1"
        "audio/vnd.dece.audio" "audio/vnd.digital-winds" "audio/vnd.dlna.adts"
        "audio/vnd.dolby.heaac.1" "audio/vnd.dolby.heaac.2" "audio/vnd.dolby.mlp"
        "audio/vnd.dolby.mps" "audio/vnd.dolby.pl2" "audio/vnd.dolby.pl2x" "audio/vnd.dolby.pl2z"
        "audio/vnd.dolby.pulse.1" "audio/vnd.dra" "audio/vnd.dts" "audio/vnd.dts.hd"
        "audio/vnd.dts.uhd" "audio/vnd.dvb.file" "audio/vnd.everad.plj" "audio/vnd.hns.audio"
        "audio/vnd.lucent.voice" "audio/vnd.ms-playready.media.pya" "audio/vnd.nokia.mobile-xmf"
        "audio/vnd.nortel.vbk" "audio/vnd.nuera.ecelp4800" "audio/vnd.nuera.ecelp7470"
        "audio/vnd.nuera.ecelp9600" "audio/vnd.octel.sbc" "audio/vnd.presonus.multitrack"
        "audio/vnd.qcelp" "audio/vnd.rhetorex.32kadpcm" "audio/vnd.rip"
        "audio/vnd.sealedmedia.softseal.mpeg" "audio/vnd.vmx.cvsd" "audio/vorbis"
        "audio/vorbis-config" "font/collection" "font/otf" "font/sfnt" "font/ttf" "font/woff"
        "font/woff2" "haptics/ivs" "haptics/hjif" "haptics/hmpg" "message/bhttp" "message/CPIM"
        "message/delivery-status" "message/disposition-notification" "message/example"
        "message/external-body" "message/feedback-report" "message/global"
        "message/global-delivery-status" "message/global-disposition-notification"
        "message/global-headers" "message/http" "message/imdn+xml" "message/mls" "message/news"
        "message/ohttp-req" "message/ohttp-res" "message/partial" "message/rfc822" "message/s-http"
        "message/sip" "message/sipfrag" "message/tracking-status" "message/vnd.si.simp"
        "message/vnd.wfa.wsc" "image/aces" "image/apng" "image/avci" "image/avcs" "image/avif"
        "image/bmp" "image/cgm" "image/dicom-rle" "image/dpx" "image/emf" "image/example"
        "image/fits" "image/g3fax" "image/gif" "image/heic" "image/heic-sequence" "image/heif"
        "image/heif-sequence" "image/hej2k" "image/hsj2" "image/ief" "image/j2c" "image/jls"
        "image/jp2" "image/jpeg" "image/jph" "image/jphc" "image/jpm" "image/jpx" "image/jxl"
        "image/jxr" "image/jxrA" "image/jxrS" "image/jxs" "image/jxsc" "image/jxsi" "image/jxss"
        "image/ktx" "image/ktx2" "image/naplps" "image/png" "image/prs.btif" "image/prs.pti"
        "image/pwg-raster" "image/svg+xml" "image/t38" "image/tiff" "image/tiff-fx"
        "image/vnd.adobe.photoshop" "image/vnd.airzip.accelerator.azv" "image/vnd.cns.inf2"
        "image/vnd.dece.graphic" "image/vnd.djvu" "image/vnd.dwg" "image/vnd.dxf"
        "image/vnd.dvb.subtitle" "image/vnd.fastbidsheet" "image/vnd.fpx" "image/vnd.fst"
        "image/vnd.fujixerox.edmics-mmr" "image/vnd.fujixerox.edmics-rlc"
        "image/vnd.globalgraphics.pgb" "image/vnd.microsoft.icon" "image/vnd.mix"
        "image/vnd.ms-modi" "image/vnd.mozilla.apng" "image/vnd.net-fpx" "image/vnd.pco.b16"
        "image/vnd.radiance" "image/vnd.sealed.png" "image/vnd.sealedmedia.softseal.gif"
        "image/vnd.sealedmedia.softseal.jpg" "image/vnd.svf" "image/vnd.tencent.tap"
        "image/vnd.valve.source.texture" "image/vnd.wap.wbmp" "image/vnd.xiff"
        "image/vnd.zbrush.pcx" "image/webp" "image/wmf" "image/x-emf" "image/x-wmf"
        "multipart/alternative" "multipart/appledouble" "multipart/byteranges" "multipart/digest"
        "multipart/encrypted" "multipart/example" "multipart/form-data" "multipart/header-set"
        "multipart/mixed" "multipart/multilingual" "multipart/parallel" "multipart/related"
        "multipart/report" "multipart/signed" "multipart/vnd.bint.med-plus"
        "multipart/voice-message" "multipart/x-mixed-replace" "model/3mf" "model/e57"
        "model/example" "model/gltf-binary" "model/gltf+json" "model/JT" "model/iges" "model/mesh"
        "model/mtl" "model/obj" "model/prc" "model/step" "model/step+xml" "model/step+zip"
        "model/step-xml+zip" "model/stl" "model/u3d" "model/vnd.bary" "model/vnd.cld"
        "model/vnd.collada+xml" "model/vnd.dwf" "model/vnd.flatland.3dml" "model/vnd.gdl"
        "model/vnd.gs-gdl" "model/vnd.gtw" "model/vnd.moml+xml" "model/vnd.mts" "model/vnd.opengex"
        "model/vnd.parasolid.transmit.binary" "model/vnd.parasolid.transmit.text"
        "model/vnd.pytha.pyox" "model/vnd.rosette.annotated-data-model" "model/vnd.sap.vds"
        "model/vnd.usda" "model/vnd.usdz+zip" "model/vnd.valve.source.compiled-map" "model/vnd.vtu"
        "model/vrml" "model/x3d-vrml" "model/x3d+fastinfoset" "model/x3d+xml"
        "text/1d-interleaved-parityfec" "text/cache-manifest" "text/calendar" "text/cql"
        "text/cql-expression" "text/cql-identifier" "text/css" "text/csv" "text/csv-schema"
        "text/directory" "text/dns" "text/ecmascript" "text/encaprtp" "text/enriched" "text/example"
        "text/fhirpath" "text/flexfec" "text/fwdred" "text/gff3" "text/grammar-ref-list"
        "text/hl7v2" "text/html" "text/javascript" "text/jcr-cnd" "text/markdown" "text/mizar"
        "text/n3" "text/parameters" "text/parityfec" "text/plain" "text/provenance-notation"
        "text/prs.fallenstein.rst" "text/prs.lines.tag" "text/prs.prop.logic" "text/prs.texi"
        "text/raptorfec" "text/RED" "text/rfc822-headers" "text/richtext" "text/rtf"
        "text/rtp-enc-aescm128" "text/rtploopback" "text/rtx" "text/SGML" "text/shaclc" "text/shex"
        "text/spdx" "text/strings" "text/t140" "text/tab-separated-values" "text/troff"
        "text/turtle" "text/ulpfec" "text/uri-list" "text/vcard" "text/vnd.a" "text/vnd.abc"
        "text/vnd.ascii-art" "text/vnd.curl" "text/vnd.debian.copyright" "text/vnd.DMClientScript"
        "text/vnd.dvb.subtitle" "text/vnd.esmertec.theme-descriptor" "text/vnd.exchangeable"
        "text/vnd.familysearch.gedcom" "text/vnd.ficlab.flt" "text/vnd.fly" "text/vnd.fmi.flexstor"
        "text/vnd.gml" "text/vnd.graphviz" "text/vnd.hans" "text/vnd.hgl" "text/vnd.in3d.3dml"
        "text/vnd.in3d.spot" "text/vnd.IPTC.NewsML" "text/vnd.IPTC.NITF" "text/vnd.latex-z"
        "text/vnd.motorola.reflex" "text/vnd.ms-mediapackage"
        "text/vnd.net2phone.commcenter.command" "text/vnd.radisys.msml-basic-layout"
        "text/vnd.senx.warpscript" "text/vnd.si.uricatalogue" "text/vnd.sun.j2me.app-descriptor"
        "text/vnd.sosi" "text/vnd.trolltech.linguist" "text/vnd.vcf" "text/vnd.wap.si"
        "text/vnd.wap.sl" "text/vnd.wap.wml" "text/vnd.wap.wmlscript" "text/vnd.zoo.kcl" "text/vtt"
        "text/wgsl" "text/xml" "text/xml-external-parsed-entity" "video/1d-interleaved-parityfec"
        "video/3gpp" "video/3gpp2" "video/3gpp-tt" "video/AV1" "video/BMPEG" "video/BT656"
        "video/CelB" "video/DV" "video/encaprtp" "video/evc" "video/example" "video/FFV1"
        "video/flexfec" "video/H261" "video/H263" "video/H263-1998" "video/H263-2000" "video/H264"
        "video/H264-RCDO" "video/H264-SVC" "video/H265" "video/H266" "video/iso.segment"
        "video/JPEG" "video/jpeg2000" "video/jxsv" "video/matroska" "video/matroska-3d" "video/mj2"
        "video/MP1S" "video/MP2P" "video/MP2T" "video/mp4" "video/MP4V-ES" "video/MPV" "video/mpeg"
        "video/mpeg4-generic" "video/nv" "video/ogg" "video/parityfec" "video/pointer"
        "video/quicktime" "video/raptorfec" "video/raw" "video/rtp-enc-aescm128" "video/rtploopback"
        "video/rtx" "video/scip" "video/smpte291" "video/SMPTE292M" "video/ulpfec" "video/vc1"
        "video/vc2" "video/vnd.CCTV" "video/vnd.dece.hd" "video/vnd.dece.mobile"
        "video/vnd.dece.mp4" "video/vnd.dece.pd" "video/vnd.dece.sd" "video/vnd.dece.video"
        "video/vnd.directv.mpeg" "video/vnd.directv.mpeg-tts" "video/vnd.dlna.mpeg-tts"
        "video/vnd.dvb.file" "video/vnd.fvt" "video/vnd.hns.video"
        "video/vnd.iptvforum.1dparityfec-1010" "video/vnd.iptvforum.1dparityfec-2005"
        "video/vnd.iptvforum.2dparityfec-1010" "video/vnd.iptvforum.2dparityfec-2005"
        "video/vnd.iptvforum.ttsavc" "video/vnd.iptvforum.ttsmpeg2" "video/vnd.motorola.video"
        "video/vnd.motorola.videop" "video/vnd.mpegurl" "video/vnd.ms-playready.media.pyv"
        "video/vnd.nokia.interleaved-multimedia" "video/vnd.nokia.mp4vr" "video/vnd.nokia.videovoip"
        "video/vnd.objectvideo" "video/vnd.radgamettools.bink" "video/vnd.radgamettools.smacker"
        "video/vnd.sealed.mpeg1" "video/vnd.sealed.mpeg4" "video/vnd.sealed.swf"
        "video/vnd.sealedmedia.softseal.mov" "video/vnd.uvvu.mp4" "video/vnd.youtube.yt"
        "video/vnd.vivo" "video/VP8" "video/VP9"
  ) .
`
