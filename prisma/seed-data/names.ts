// Given names and family names that belong together, with the time zones where such a person often lives.

export type Culture = { weight: number; firstNames: readonly string[]; lastNames: readonly string[]; zones: readonly string[] };

// Weights give the mix of the seeded marketplace: mostly the Americas, Europe and India, some of everywhere.
const culture = (weight: number, firstNames: string, lastNames: string, zones: string[]): Culture => ({
  weight,
  firstNames: firstNames.split(", "),
  lastNames: lastNames.split(", "),
  zones,
});

export const CULTURES: readonly Culture[] = [
  culture(
    6,
    "Emily, James, Olivia, Michael, Hannah, Daniel, Megan, Ryan, Grace, Tyler",
    "Carter, Bennett, Hughes, Sullivan, Parker, Foster, Brooks, Reed, Coleman, Hayes",
    ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto"],
  ),
  culture(
    2,
    "Oliver, Charlotte, Harry, Amelia, George, Isla, Callum, Freya, Rhys, Eleanor",
    "Whitfield, Ashworth, Pemberton, Lloyd, Fletcher, Evans, Holloway, Marsh, Turner, Wright",
    ["Europe/London"],
  ),
  culture(1, "Siobhan, Cian, Aoife, Niall, Saoirse, Declan", "Gallagher, Murphy, Doyle, Kavanagh, O'Brien, Byrne", ["Europe/Dublin"]),
  culture(
    4,
    "Alejandro, Lucía, Javier, Valentina, Mateo, Camila, Diego, Sofía, Andrés, Mariana",
    "García, Rodríguez, Hernández, Martínez, López, Gómez, Ramírez, Torres, Castillo, Vargas",
    ["America/Mexico_City", "America/Bogota", "America/Lima", "America/Santiago", "America/Argentina/Buenos_Aires", "Europe/Madrid"],
  ),
  culture(
    3,
    "João, Beatriz, Rafael, Larissa, Thiago, Fernanda, Gustavo, Juliana, Lucas, Ana Clara",
    "Silva, Oliveira, Santos, Souza, Pereira, Costa, Almeida, Ferreira, Carvalho, Ribeiro",
    ["America/Sao_Paulo", "Europe/Lisbon"],
  ),
  culture(
    2,
    "Lukas, Anna, Felix, Lena, Jonas, Sophie, Maximilian, Johanna, Niklas, Katharina",
    "Müller, Schmidt, Schneider, Fischer, Weber, Becker, Hoffmann, Schäfer, Koch, Wagner",
    ["Europe/Berlin"],
  ),
  culture(
    2,
    "Camille, Louis, Chloé, Hugo, Manon, Théo, Léa, Antoine, Juliette, Mathieu",
    "Dubois, Lefebvre, Moreau, Laurent, Girard, Fontaine, Rousseau, Blanc, Chevalier, Mercier",
    ["Europe/Paris"],
  ),
  culture(
    1,
    "Giulia, Marco, Francesca, Alessandro, Chiara, Lorenzo, Elena, Davide, Martina, Matteo",
    "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco",
    ["Europe/Rome"],
  ),
  culture(1, "Daan, Sanne, Bram, Fleur, Thijs, Lotte", "de Vries, van Dijk, Bakker, Visser, Jansen, de Graaf", ["Europe/Amsterdam"]),
  culture(1, "Erik, Astrid, Lars, Ingrid, Sven, Maja", "Lindqvist, Andersson, Johansson, Nilsson, Berg, Eriksson", ["Europe/Stockholm"]),
  culture(2, "Katarzyna, Piotr, Agnieszka, Tomasz, Magdalena, Paweł", "Nowak, Wójcik, Kowalczyk, Mazur, Krawczyk, Kaczmarek", ["Europe/Warsaw"]),
  culture(2, "Olena, Dmytro, Iryna, Andrii, Oksana, Bohdan", "Kovalenko, Shevchenko, Bondarenko, Tkachenko, Melnyk, Kravchenko", [
    "Europe/Kyiv",
    "Europe/Warsaw",
  ]),
  culture(1, "Andrei, Ioana, Mihai, Alexandra, Radu, Cristina", "Popescu, Ionescu, Dumitru, Constantin, Stan, Gheorghiu", ["Europe/Bucharest"]),
  culture(1, "Nikola, Milica, Stefan, Jovana, Marko, Ana", "Jovanović, Petrović, Nikolić, Marković, Đorđević, Ilić", ["Europe/Belgrade"]),
  // Greek family names take a feminine form.
  culture(0.5, "Dimitris, Giorgos, Nikos, Kostas", "Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Pappas, Vlachos", ["Europe/Athens"]),
  culture(0.5, "Eleni, Katerina, Sofia, Maria", "Papadopoulou, Georgiou, Nikolaidou, Konstantinou, Pappa, Vlachou", ["Europe/Athens"]),
  culture(
    2,
    "Chinedu, Adaeze, Oluwaseun, Funmilayo, Emeka, Ngozi, Tunde, Amara, Kelechi, Yetunde",
    "Okonkwo, Adeyemi, Eze, Balogun, Nwosu, Okafor, Adebayo, Olawale, Chukwu, Afolabi",
    ["Africa/Lagos", "Europe/London"],
  ),
  culture(1, "Wanjiru, Kamau, Achieng, Otieno, Njeri, Mwangi, Baraka, Zawadi", "Kariuki, Odhiambo, Mutua, Wanjala, Njoroge, Omondi, Chebet, Maina", [
    "Africa/Nairobi",
  ]),
  culture(1, "Omar, Layla, Youssef, Nour, Karim, Salma, Tariq, Yasmin", "Haddad, Mansour, El-Sayed, Khalil, Farouk, Nasser, Hamdan, Saleh", [
    "Africa/Cairo",
    "Asia/Dubai",
  ]),
  culture(1, "Noa, Itai, Maya, Yonatan, Tamar, Eitan", "Levi, Cohen, Mizrahi, Friedman, Shapiro, Ben-David", ["Asia/Jerusalem"]),
  culture(1, "Emre, Zeynep, Can, Elif, Burak, Ayşe", "Yılmaz, Kaya, Demir, Şahin, Aydın, Öztürk", ["Europe/Istanbul", "Europe/Berlin"]),
  culture(
    5,
    "Arjun, Ananya, Rohan, Kavya, Vikram, Sneha, Aditya, Meera, Karthik, Divya",
    "Sharma, Iyer, Patel, Reddy, Nair, Krishnan, Gupta, Menon, Subramanian, Desai",
    ["Asia/Kolkata", "Europe/London", "America/Los_Angeles"],
  ),
  culture(2, "Ayesha, Bilal, Fatima, Hamza, Zainab, Usman", "Qureshi, Malik, Siddiqui, Chaudhry, Khan, Sheikh", ["Asia/Karachi", "Asia/Dubai"]),
  culture(1, "Rafiq, Nusrat, Tanvir, Farhana, Arif, Sadia", "Rahman, Hossain, Ahmed, Islam, Chowdhury, Sarkar", ["Asia/Dhaka"]),
  culture(3, "Wei, Xiaoling, Jun, Mei, Hao, Lin, Yichen, Jing, Zhiwei, Ying", "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou", [
    "Asia/Shanghai",
    "Asia/Singapore",
    "America/Los_Angeles",
  ]),
  culture(1, "Haruto, Yui, Sota, Aoi, Ren, Sakura", "Sato, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura", ["Asia/Tokyo"]),
  culture(1, "Min-jun, Ji-woo, Seo-yeon, Hyun-woo, Ji-ho, Soo-ah", "Kim, Park, Choi, Jung, Kang, Yoon", ["Asia/Seoul"]),
  culture(1, "Minh, Linh, Duc, Thao, Quang, Huong", "Nguyen, Tran, Pham, Le, Hoang, Vu", ["Asia/Ho_Chi_Minh"]),
  culture(1, "Putri, Budi, Siti, Andi, Dewi, Rizky", "Santoso, Wijaya, Pratama, Hidayat, Kusuma, Saputra", ["Asia/Jakarta"]),
  culture(2, "Maria Clara, Paolo, Angelica, Miguel, Bea, Carlo", "Reyes, Cruz, Bautista, Santos, Villanueva, Mendoza", ["Asia/Manila"]),
  culture(2, "Jack, Mia, Liam, Ruby, Noah, Matilda, Cooper, Zoe", "Mitchell, Campbell, Walker, Thompson, Robertson, Kelly, Harrison, Wilson", [
    "Australia/Sydney",
    "Pacific/Auckland",
  ]),
  culture(1, "Aroha, Tane, Mere, Wiremu, Anahera, Rawiri", "Ngata, Te Rangi, Walker, Parata, Tipene, Horomona", ["Pacific/Auckland"]),
];

/** Where people move for work: a name from anywhere can live in one of these. */
export const HUB_ZONES: readonly string[] = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Toronto",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Amsterdam",
  "Asia/Singapore",
  "Asia/Dubai",
];
