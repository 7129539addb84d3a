#!/usr/bin/env python3
"""Writes scenarios/myk10/myk10.json from the tables below.

The tables are the source of the illustrative MYK10 district scenario; the JSON is committed
and is what the tool and the tests read. Rerun after editing: python3 scripts/make-myk10.py
"""
import json, pathlib

ORD = ["keine", "sehr gering", "gering", "mittel", "hoch", "sehr hoch"]

criteria = [
    # id, label, kind, scale, weight, extra
    ("gemeinwohl", "Gemeinwohlorientierung (Smart City Charta)", "funding", "ord", 0.12, {}),
    ("integriert", "Integrierte, sektorübergreifende Entwicklung", "funding", "ord", 0.07, {}),
    ("uebertragbarkeit", "Übertragbarkeit auf andere Kommunen", "funding", "ord", 0.08, {}),
    ("open-source", "Open Source und offene Schnittstellen", "funding", "yn", 0.05,
     {"gate": {"min": True, "appliesToTags": ["software"],
               "reason": "Geförderte Software muss als Open Source veröffentlicht werden (MPSC-Förderrichtlinie)"}}),
    ("beteiligung", "Bürgerbeteiligung", "funding", "ord", 0.06, {}),
    ("datenschutz", "Datensouveränität und Datenschutz", "funding", "ord", 0.05, {"missingRating": "neutral"}),
    ("barrierefreiheit", "Barrierefreiheit", "funding", "ord", 0.05, {}),
    ("ressourcen", "Realistischer Ressourcenbedarf", "funding", "ord", 0.05,
     {"gate": {"min": "gering", "reason": "Ressourcenbedarf muss mindestens gering realistisch sein"}}),
    ("reichweite", "Reichweite (erreichte Einwohnerinnen und Einwohner)", "impact", "reach", 0.15, {}),
    ("zielbeitrag", "Beitrag zum Zielbild", "impact", "ord", 0.14, {}),
    ("dringlichkeit", "Dringlichkeit", "impact", "ord", 0.07, {}),
    ("klima", "Klimawirkung", "impact", "ord", 0.06, {"missingRating": "neutral"}),
    ("stadt-land", "Gleichwertige Entwicklung von Stadt und Land", "impact", "ord", 0.05, {}),
]
RATED = [c[0] for c in criteria if c[0] not in ("datenschutz", "klima")]

zielbilder = [
    ("Z1", "MYK verändert sich", {"minTeamsWorkingPerQuarter": 2, "minCompletions": 1}, {}),
    ("Z2", "In MYK gut von A nach B kommen", {"minTeamsWorkingPerQuarter": 2, "minCompletions": 1}, {"klima": 0.10}),
    ("Z3", "MYK vernetzt Menschen", {"minTeamsWorkingPerQuarter": 2, "minCompletions": 1}, {"beteiligung": 0.10}),
]

solutions = [
    ("L01", "Z1", "Dorfbüros und Co-Working im ländlichen Raum", 40),
    ("L02", "Z1", "Digitaler Bürgerservice vor Ort", 45),
    ("L03", "Z1", "Telemedizin und Gesundheitsversorgung", 35),
    ("L04", "Z2", "LoRaWAN-Netz und Kreisdatenplattform", 60),
    ("L05", "Z2", "Mitfahren und Radverkehr", 35),
    ("L06", "Z2", "Intelligente Straßenbeleuchtung", 30),
    ("L07", "Z3", "Ehrenamt digital", 40),
    ("L08", "Z3", "Räume für alle", 30),
    ("L09", "Z3", "Jugend gestaltet: Makerspace und Jugendarbeit", 35),
]

VG = ["Andernach", "Mayen", "Bendorf", "VG Maifeld", "VG Mendig", "VG Pellenz", "VG Rhein-Mosel",
      "VG Vallendar", "VG Vordereifel", "VG Weißenthurm"]

# id, Zielbild, Lösung, source, name, fields, municipalities idx, tags, effort, progress, maxTeams,
# skills, cost/team-quarter (€), one-off (€), eligible, prerequisites, earliest, deadline, status,
# ratings: gemeinwohl integriert uebertragbarkeit open-source beteiligung barrierefreiheit ressourcen
#          reichweite zielbeitrag dringlichkeit stadt-land ; optional datenschutz, klima
M = [
 ("M01","Z1","L01","strategy","Co-Working-Hub im Alten Rathaus Mendig",["Arbeit","Wirtschaft"],[4],[],3,1.5,1,["bau"],58000,120000,0.9,[],None,None,"running",(4,4,4,None,3,4,4,9000,5,3,4),{}),
 ("M02","Z1","L01","strategy","Dorfbüro Maifeld mit Buchungssystem",["Arbeit"],[3],["software"],2,0,1,["software"],52000,45000,1.0,["M03"],None,None,"candidate",(4,3,5,True,3,3,4,7000,4,3,5),{}),
 ("M03","Z1","L01","strategy","Offene Buchungsplattform für Arbeitsplätze",["Arbeit","Wirtschaft"],[],["software"],2,0,1,["software"],61000,15000,1.0,[],None,None,"candidate",(3,3,5,True,2,4,4,25000,4,3,4),{"datenschutz":4}),
 ("M04","Z1","L02","strategy","Selbstbedienungs-Bürgerterminal in Andernach",["Versorgung","Infrastruktur"],[0],["hardware"],3,2,1,["hardware","verwaltung"],64000,180000,0.85,[],None,"2027-09-30","running",(5,3,4,None,2,5,3,30000,5,4,3),{"datenschutz":4}),
 ("M05","Z1","L02","strategy","Mobile Bürgerterminals für die Verbandsgemeinden",["Versorgung"],[3,4,5,8],["hardware"],3,0,2,["hardware","verwaltung"],60000,240000,0.85,["M04"],None,None,"candidate",(5,3,4,None,2,5,3,40000,4,3,5),{"datenschutz":4}),
 ("M06","Z1","L02","strategy","Online-Terminvergabe für alle Bürgerbüros",["Versorgung"],[],["software"],1,0,1,["software","verwaltung"],48000,10000,1.0,[],None,None,"candidate",(4,2,5,True,2,4,5,90000,4,4,3),{"datenschutz":3}),
 ("M07","Z1","L03","strategy","Telemedizin-Station in der Vordereifel",["Medizin"],[8],["hardware"],4,0,1,["medizin","hardware"],72000,160000,0.9,[],None,"2027-12-31","candidate",(5,4,4,None,3,4,3,12000,5,5,5),{"datenschutz":3}),
 ("M08","Z1","L03","strategy","Digitale Gemeindeschwester (Tablet-Visiten)",["Medizin","Gemeinschaft"],[8,4],["software"],2,0,1,["medizin"],55000,30000,1.0,["M07"],None,None,"candidate",(5,3,4,True,3,4,4,6000,4,4,5),{"datenschutz":3}),
 ("M09","Z1","L03","strategy","Arztpraxis-Sprechstunde per Video in Apotheken",["Medizin"],[5,6],[],2,0,1,["medizin"],50000,50000,0.9,[],None,None,"candidate",(4,3,4,None,2,3,4,15000,4,4,4),{}),
 ("M10","Z1",None,"strategy","Leerstandskataster und Ortskernmonitor",["Infrastruktur","Wirtschaft"],[1,0,2],["software"],2,0,1,["daten","software"],57000,20000,1.0,[],None,None,"candidate",(3,4,4,True,3,2,4,60000,4,3,3),{}),
 ("M11","Z1",None,"ideas","Lieferbox für Dorfläden",["Versorgung","Wirtschaft"],[3],["hardware"],1,0,1,["hardware"],42000,35000,0.8,[],None,None,"candidate",(4,2,3,None,3,3,5,4000,3,3,5),{}),
 ("M12","Z1",None,"ideas","Digitaler Dorfladen-Marktplatz",["Versorgung","Wirtschaft"],[3,8],["software"],2,0,1,["software"],50000,10000,1.0,[],None,None,"candidate",(3,3,4,False,3,3,3,9000,3,2,4),{}),
 ("M13","Z1",None,"strategy","Smarte Wochenmärkte mit Vorbestellung",["Versorgung"],[1],["software"],1,0,1,["software"],45000,5000,1.0,[],"2027-Q2",None,"candidate",(3,2,4,True,2,3,4,18000,3,2,3),{}),
 ("M14","Z1",None,"ideas","WLAN in Ortskernen und Dorfplätzen",["Infrastruktur","Freizeit"],[4,5,6],["hardware"],2,0,2,["hardware"],46000,90000,0.9,[],None,None,"candidate",(4,2,3,None,2,4,4,20000,3,2,5),{}),
 ("M15","Z1",None,"strategy","Weiterbildung digitale Verwaltung für Ortsgemeinden",["Bildung","Arbeit"],[],[],1,0,1,["verwaltung"],38000,0,1.0,[],None,None,"candidate",(3,3,4,None,2,3,5,2000,3,3,4),{}),
 ("M16","Z1",None,"ideas","Pop-up-Stores in leeren Ladenlokalen",["Wirtschaft"],[1,0],[],1,0,1,["beteiligung"],40000,25000,0.7,[],None,None,"candidate",(3,3,3,None,4,3,4,25000,3,2,2),{}),
 ("M17","Z1",None,"ideas","Gemeinschaftsgarten-Bewässerung mit Sensoren",["Umwelt","Gemeinschaft"],[6],["hardware"],1,0,1,["hardware"],36000,20000,0.9,[],None,None,"candidate",(3,3,4,None,4,2,5,3000,2,2,4),{"klima":4}),
 ("M20","Z2","L04","strategy","LoRaWAN-Gatewaynetz im gesamten Kreis",["Infrastruktur","Umwelt"],[],["hardware"],4,2,2,["hardware","daten"],66000,210000,1.0,[],None,"2027-06-30","running",(4,5,5,None,2,3,4,215000,5,4,5),{"klima":3}),
 ("M21","Z2","L04","strategy","Offene Kreisdatenplattform (Urban Data Platform)",["Infrastruktur"],[],["software"],4,1,1,["software","daten"],74000,60000,1.0,["M20"],None,None,"running",(4,5,5,True,3,4,3,215000,5,4,4),{"datenschutz":5,"klima":2}),
 ("M22","Z2","L04","strategy","Umweltsensorik: Pegel und Starkregen",["Umwelt"],[6,2,7],["hardware"],2,0,1,["hardware","daten"],56000,80000,1.0,["M20"],None,None,"candidate",(5,4,5,None,2,3,4,60000,4,5,4),{"klima":5}),
 ("M23","Z2","L04","strategy","Parkraumsensorik in Mayen und Andernach",["Mobilität"],[1,0],["hardware"],2,0,1,["hardware","daten"],52000,95000,0.9,["M20"],None,None,"candidate",(3,3,4,None,1,3,4,45000,4,3,2),{"klima":3}),
 ("M24","Z2","L05","strategy","Digitale Mitfahrbank",["Mobilität","Gemeinschaft"],[3,8,4],["hardware","software"],2,0,1,["hardware","software"],50000,40000,1.0,[],None,None,"candidate",(5,4,5,True,4,4,4,15000,5,4,5),{"klima":4}),
 ("M25","Z2","L05","strategy","Radzählstellen und Radverkehrsdaten",["Mobilität","Umwelt"],[0,1,9],["hardware"],1,0,1,["hardware","daten"],44000,60000,1.0,["M20"],None,None,"candidate",(3,3,4,None,2,2,5,50000,4,3,3),{"klima":4}),
 ("M26","Z2","L05","strategy","Mitfahr-App für Pendler (Open Source)",["Mobilität","Arbeit"],[],["software"],3,0,1,["software"],60000,20000,1.0,["M24"],None,None,"candidate",(4,4,5,True,3,4,3,40000,4,3,4),{"klima":4}),
 ("M27","Z2","L06","strategy","Smarte Straßenleuchten Pilot Weißenthurm",["Infrastruktur","Umwelt"],[9],["hardware"],2,0,1,["hardware","bau"],58000,260000,0.9,[],None,None,"candidate",(3,3,4,None,1,3,3,8000,4,3,3),{"klima":5}),
 ("M28","Z2","L06","strategy","Lichtsteuerung über LoRaWAN",["Infrastruktur","Umwelt"],[9,6],["software"],1,0,1,["software","daten"],52000,30000,1.0,["M20","M27"],None,None,"candidate",(3,3,5,True,1,2,4,20000,3,2,3),{"klima":5}),
 ("M29","Z2","L06","strategy","Leuchten mit Notruf- und Ladepunkten",["Infrastruktur","Mobilität"],[9],["hardware"],2,0,1,["hardware","bau"],61000,150000,0.8,["M27"],None,None,"candidate",(3,3,3,None,1,4,3,8000,3,2,3),{"klima":3}),
 ("M30","Z2",None,"ideas","Bürgerbus-Rufsystem per Telefon und App",["Mobilität","Versorgung"],[8,3],["software"],2,0,1,["software"],54000,25000,1.0,[],None,None,"candidate",(5,4,4,True,3,5,4,10000,5,4,5),{"klima":3}),
 ("M31","Z2",None,"strategy","Echtzeit-Fahrgastinformation an Haltestellen",["Mobilität"],[],["hardware"],3,0,2,["hardware","daten"],62000,300000,0.9,[],None,None,"candidate",(4,3,4,None,1,4,2,80000,4,3,3),{"klima":3}),
 ("M32","Z2",None,"ideas","E-Lastenrad-Verleih an Bahnhöfen",["Mobilität","Umwelt"],[0,9,2],["hardware"],1,0,1,["hardware"],40000,70000,0.8,[],None,None,"candidate",(3,2,4,None,3,3,4,12000,3,2,3),{"klima":4}),
 ("M33","Z2",None,"strategy","Winterdienst-Tracking mit Sensoren",["Infrastruktur"],[8],["hardware"],1,0,1,["hardware","daten"],42000,40000,0.9,["M20"],"2027-Q3",None,"candidate",(2,2,3,None,1,2,4,30000,2,2,4),{"klima":2}),
 ("M34","Z2",None,"ideas","Schulweg-Ampel mit Gefahrenmeldung",["Mobilität","Bildung"],[5],["software"],1,0,1,["software"],46000,10000,1.0,[],None,None,"candidate",(4,3,4,True,4,3,4,6000,3,4,4),{}),
 ("M35","Z2",None,"strategy","Geodatenportal für Ortsgemeinden",["Infrastruktur"],[],["software"],2,0,1,["software","daten"],58000,15000,1.0,["M21"],None,None,"candidate",(3,4,5,True,2,3,4,215000,3,2,3),{"datenschutz":4}),
 ("M36","Z2",None,"ideas","Parkbank-Sensor für Sitzplatz-Belegung",["Freizeit"],[1],["hardware"],1,0,1,["hardware"],38000,20000,0.8,[],None,None,"candidate",(1,1,2,None,2,2,4,3000,1,1,2),{}),
 ("M37","Z2",None,"strategy","Verkehrsdatenauswertung für den Nahverkehrsplan",["Mobilität","Infrastruktur"],[],["software"],2,0,1,["daten","software"],56000,10000,1.0,["M21"],None,None,"candidate",(3,4,5,True,2,2,4,215000,4,3,3),{"klima":3,"datenschutz":4}),
 ("M40","Z3","L07","strategy","Ehrenamtsplattform MYK",["Gemeinschaft"],[],["software"],3,1,1,["software","beteiligung"],56000,30000,1.0,[],None,None,"running",(5,4,5,True,5,4,4,60000,5,4,4),{"datenschutz":4}),
 ("M41","Z3","L07","strategy","Ehrenamtskarte digital",["Gemeinschaft","Freizeit"],[],["software"],2,0,1,["software"],50000,20000,1.0,["M40"],None,None,"candidate",(4,3,5,True,4,4,4,20000,4,3,4),{"datenschutz":4}),
 ("M42","Z3","L07","strategy","Schulung Vereinsdigitalisierung",["Gemeinschaft","Bildung"],[],[],1,0,2,["beteiligung"],36000,0,1.0,[],None,None,"candidate",(4,3,4,None,4,3,5,8000,4,3,4),{}),
 ("M43","Z3","L08","strategy","Raumbuchung für Dorfgemeinschaftshäuser",["Gemeinschaft","Freizeit"],[3,4,5,6,7,8,9],["software"],2,0.5,1,["software"],52000,25000,1.0,[],None,None,"running",(4,3,5,True,3,4,4,50000,4,3,5),{"datenschutz":4}),
 ("M44","Z3","L08","strategy","Digitale Schließsysteme für Gemeindehäuser",["Gemeinschaft","Infrastruktur"],[3,4,8],["hardware"],2,0,1,["hardware"],50000,140000,0.9,["M43"],None,None,"candidate",(3,3,4,None,2,4,3,20000,3,2,5),{}),
 ("M45","Z3","L08","strategy","Offene Bibliothek mit Selbstverbuchung",["Bildung","Gemeinschaft"],[1],["hardware"],2,0,1,["hardware"],48000,90000,0.9,[],None,None,"candidate",(4,3,4,None,3,5,3,18000,3,3,3),{}),
 ("M46","Z3","L09","strategy","Makerspace im Jugendzentrum Andernach",["Bildung","Freizeit"],[0],["hardware"],3,0,1,["bildung","hardware"],54000,110000,0.85,[],None,None,"candidate",(4,4,4,None,4,3,3,8000,4,3,3),{}),
 ("M47","Z3","L09","strategy","Mobiler Makerspace für die Dörfer",["Bildung","Freizeit"],[3,4,8],["hardware"],2,0,1,["bildung"],50000,80000,0.85,["M46"],None,None,"candidate",(4,4,4,None,4,3,3,6000,4,3,5),{}),
 ("M48","Z3","L09","strategy","Jugendbeteiligungs-App",["Gemeinschaft","Bildung"],[],["software"],2,0,1,["software","beteiligung"],52000,10000,1.0,[],None,None,"candidate",(4,3,5,True,5,4,4,25000,4,4,4),{"datenschutz":4}),
 ("M49","Z3",None,"strategy","Digitale Nachbarschaftshilfe",["Gemeinschaft","Versorgung"],[],["software"],2,0,1,["software","beteiligung"],50000,15000,1.0,[],None,None,"candidate",(5,4,5,True,4,4,4,30000,4,4,4),{"datenschutz":4}),
 ("M50","Z3",None,"ideas","Seniorensprechstunde Smartphone",["Bildung","Gemeinschaft"],[],[],1,0,2,["beteiligung"],32000,5000,1.0,[],None,None,"candidate",(5,3,5,None,4,5,5,10000,4,4,4),{}),
 ("M51","Z3",None,"ideas","Kulturkalender für den Kreis",["Freizeit","Gemeinschaft"],[],["software"],1,0,1,["software"],42000,10000,1.0,[],None,None,"candidate",(3,2,4,True,3,3,5,40000,3,2,3),{}),
 ("M52","Z3",None,"strategy","Beteiligungsportal für den Kreistag",["Gemeinschaft"],[],["software"],2,0,1,["software","beteiligung"],55000,20000,1.0,[],None,"2027-06-30","candidate",(4,3,5,True,5,4,4,60000,4,5,3),{"datenschutz":4}),
 ("M53","Z3",None,"ideas","Digitale Dorfchronik",["Gemeinschaft","Freizeit"],[6,7],[],1,0,1,["beteiligung"],34000,5000,1.0,[],None,None,"candidate",(3,2,4,None,4,3,5,5000,2,1,4),{}),
 ("M54","Z3",None,"ideas","Inklusive Vereinswebsite-Baukasten",["Gemeinschaft"],[],["software"],1,0,1,["software"],40000,5000,1.0,[],None,None,"candidate",(4,2,5,False,3,5,4,15000,3,2,4),{}),
 ("M55","Z3",None,"strategy","Jugendtreff-Netzwerk mit Streetwork-App",["Gemeinschaft","Bildung"],[5,6,9],["software"],2,0,1,["software","bildung"],50000,10000,1.0,["M48"],None,None,"candidate",(4,3,4,True,4,3,3,9000,3,3,4),{}),
 ("M57","Z3",None,"ideas","Patenschaften Jung hilft Alt (Vermittlung)",["Gemeinschaft"],[2,7],[],1,0,1,["beteiligung"],30000,0,1.0,[],None,None,"candidate",(5,3,4,None,4,4,5,4000,3,3,4),{}),
 ("M56","Z3",None,"strategy","Digitaler Generationen-Treff",["Gemeinschaft"],[7],[],1,0,1,["beteiligung"],30000,10000,1.0,[],None,None,"dropped",(3,2,3,None,3,3,4,3000,2,2,3),{}),
]

teams = [
 ("T1","Sprintteam Ortskerne","Z1",["bau","hardware","beteiligung"],[],"M01"),
 ("T2","Sprintteam Bürgerservice","Z1",["hardware","verwaltung","software"],[],"M04"),
 ("T3","Sprintteam Digitales Arbeiten","Z1",["software","daten","verwaltung"],[],None),
 ("T4","Sprintteam Gesundheit","Z1",["medizin","hardware","beteiligung"],["2027-Q3"],None),
 ("T5","Sprintteam Sensorik","Z2",["hardware","daten","bau"],[],"M20"),
 ("T6","Sprintteam Datenplattform","Z2",["software","daten"],[],"M21"),
 ("T7","Sprintteam Mitfahren","Z2",["software","hardware","beteiligung"],[],None),
 ("T8","Sprintteam Licht und Laden","Z2",["hardware","bau","daten"],["2027-Q2"],None),
 ("T9","Sprintteam Ehrenamt","Z3",["software","beteiligung"],[],"M40"),
 ("T10","Sprintteam Räume","Z3",["software","hardware"],[],"M43"),
 ("T11","Sprintteam Jugend","Z3",["bildung","hardware","beteiligung","software"],[],None),
 ("T12","Sprintteam Miteinander","Z3",["beteiligung","bildung"],["2027-Q4"],None),
]

def crit(c):
    cid, label, kind, scale, weight, extra = c
    out = {"id": cid, "label": label, "kind": kind}
    if scale == "ord": out["scale"] = {"type": "ordinal", "labels": ORD}
    elif scale == "yn": out["scale"] = {"type": "yes-no"}
    else: out["scale"] = {"type": "range", "min": 0, "max": 215000}
    out["direction"] = "benefit"
    out["weight"] = weight
    out.update(extra)
    if cid == "open-source":
        out["missingRating"] = "neutral"
    return out

def measure(m):
    (mid, zb, sol, src, name, fields, munis, tags, effort, progress, maxteams, skills, cost, oneoff, elig,
     prereq, earliest, deadline, status, r, extra) = m
    out = {"id": mid, "name": name, "zielbild": zb}
    if sol: out["solution"] = sol
    out["source"] = src
    out["fieldsOfAction"] = fields
    out["municipalities"] = [VG[i] for i in munis] if munis else ["Kreis Mayen-Koblenz"]
    if tags: out["tags"] = tags
    out["effort"] = effort
    if progress: out["progress"] = progress
    if maxteams != 1: out["maxTeams"] = maxteams
    out["requiredSkills"] = skills
    out["costPerTeamQuarter"] = cost
    if oneoff: out["oneOffCost"] = oneoff
    if elig != 1.0: out["eligibleShare"] = elig
    if prereq: out["prerequisites"] = prereq
    if earliest: out["earliestStart"] = earliest
    if deadline: out["deadline"] = deadline
    out["status"] = status
    ratings = {}
    keys = ["gemeinwohl","integriert","uebertragbarkeit","open-source","beteiligung","barrierefreiheit","ressourcen",
            "reichweite","zielbeitrag","dringlichkeit","stadt-land"]
    for k, v in zip(keys, r):
        if v is None: continue
        if k == "open-source": ratings[k] = v
        elif k == "reichweite": ratings[k] = v
        else: ratings[k] = ORD[v]
    for k, v in extra.items(): ratings[k] = ORD[v]
    out["ratings"] = ratings
    return out

scenario = {
  "$schema": "../schema/sprintplan-1.schema.json",
  "format": "sprintplan/1",
  "name": "Smarte Region MYK10 — Sprintplanung 2027",
  "description": "Illustrative data in the spirit of the MYK10 strategy; not official figures.",
  "programme": {"name": "Smarte Region MYK10 (MPSC, KfW 436)", "endDate": "2027-12-31", "fundingRate": 0.65, "currency": "EUR"},
  "horizon": {"start": "2027-Q1", "quarters": 4},
  "criteria": [crit(c) for c in criteria],
  "zielbilder": [dict({"id": z, "name": n, "balance": b}, **({"weights": w} if w else {})) for z, n, b, w in zielbilder],
  "solutions": [{"id": s, "name": n, "zielbild": z, "measures": [m[0] for m in M if m[2] == s], "bundleValue": v} for s, z, n, v in solutions],
  "measures": [measure(m) for m in M],
  "sprintteams": [dict({"id": t, "name": n, "zielbild": z, "skills": s}, **({"unavailable": u} if u else {}), currentMeasure=c) for t, n, z, s, u, c in teams],
  "budget": {"total": 2900000, "perQuarter": 800000, "quarters": {"2027-Q4": 650000}, "ownShareCap": 1050000},
  "policy": {"switchingCost": 12, "crossZielbild": {"allowed": True, "cost": 8}, "discountRate": 0.02,
             "partialProgressValue": 0.5, "valueScale": 100},
  "locks": {
    "pins": [{"team": "T9", "quarter": "2027-Q1", "measure": "M40"}],
    "forbidden": [{"team": "T7", "measure": "M31"}]
  }
}
path = pathlib.Path(__file__).resolve().parent.parent / "scenarios" / "myk10" / "myk10.json"
path.write_text(json.dumps(scenario, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {path}: {len(M)} measures, {len(solutions)} Lösungen, {len(teams)} teams")
