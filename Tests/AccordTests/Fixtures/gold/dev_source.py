# Source of the development gold set (dev.jsonl).
#
# Every paragraph below is original writing for this gold set. Offsets are never
# written by hand: `check_gold.py --build` finds each trigger and date text in the
# paragraph (whole-word, n-th occurrence) and writes dev.jsonl.
#
#   P(id, text, parties, forums, areas, agr, amt, dates, cat)
#     parties  "JP IN"             canonical party ids, space separated
#     forums   "amm:56 g7"         forum id, optional ":edition"
#     areas    "energy health"     cooperation areas
#     agr      [A(kind, trigger, parties, areas, alt, occ)]
#     amt      [M(value, currency, approximate)]
#     dates    [D(text, value, occ)]   value None for relative expressions
#     cat      agreement | distractor | near | negated | planned  (not written to dev.jsonl)

DATA = []


def P(id, text, parties="", forums="", areas="", agr=(), amt=(), dates=(), cat="agreement"):
    DATA.append(dict(id=id, text=text, parties=parties, forums=forums, areas=areas,
                     agr=list(agr), amt=list(amt), dates=list(dates), cat=cat))


def A(kind, trigger, parties, areas="", alt="", occ=0):
    return dict(kind=kind, trigger=trigger, parties=parties, areas=areas, alt=alt, occ=occ)


def M(value, currency, approximate=False):
    return dict(value=value, currency=currency, approximate=approximate)


def D(text, value, occ=None):
    return dict(text=text, value=value, occ=occ)


# ---------------------------------------------------------------------------
# Vietnamese
# ---------------------------------------------------------------------------

P("vi-001",
  "Ngày 8/9, tại Tokyo, Bộ trưởng Ngoại giao Nhật Bản Hayashi Yoshimasa, Bộ trưởng Quốc phòng Hamada Yasukazu cùng Bộ trưởng Ngoại giao Ấn Độ S. Jaishankar và Bộ trưởng Quốc phòng Rajnath Singh đã đồng chủ trì Đối thoại 2+2 lần thứ hai giữa hai nước. Tại cuộc đối thoại, hai bên nhất trí đẩy mạnh hợp tác quốc phòng, trong đó có các cuộc tập trận chung giữa lực lượng không quân và chuyển giao trang thiết bị quân sự, đồng thời cam kết phối hợp chặt chẽ hơn trong lĩnh vực an ninh năng lượng và công nghiệp bán dẫn. Hai bộ trưởng ngoại giao cũng trao đổi quan điểm về tình hình Ukraine và Biển Đông.",
  parties="JP IN UA", forums="two-plus-two:2", areas="defence-security energy digital-technology",
  agr=[A("consensus", "nhất trí", "JP IN", "defence-security"),
       A("commitment", "cam kết", "JP IN", "energy digital-technology")],
  dates=[D("Ngày 8/9", "--09-08")])

P("vi-002",
  "Ngày 11/7, tại Jakarta, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) khai mạc dưới sự chủ trì của Bộ trưởng Ngoại giao Indonesia Retno Marsudi, với sự tham dự của ngoại trưởng các nước thành viên và Tổng Thư ký ASEAN Kao Kim Hourn. Các bộ trưởng nhất trí đẩy nhanh việc xây dựng Tầm nhìn Cộng đồng ASEAN sau năm 2025, tăng cường hợp tác về kinh tế số và an ninh lương thực, đồng thời thông qua kế hoạch hành động về kết nối hạ tầng khu vực đến năm 2030. Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn dẫn đầu đoàn Việt Nam tham dự hội nghị.",
  parties="ASEAN ID VN", forums="amm:56", areas="digital-technology agriculture infrastructure",
  agr=[A("consensus", "nhất trí", "ASEAN ID VN", "digital-technology agriculture"),
       A("plan", "thông qua kế hoạch hành động", "ASEAN ID VN", "infrastructure", alt="consensus")],
  dates=[D("Ngày 11/7", "--07-11"), D("năm 2025", "2025"), D("năm 2030", "2030")])

P("vi-003",
  "Tối 16/5, trên sân vận động Olympic ở Phnom Penh, đội tuyển U22 Việt Nam thắng U22 Myanmar 3-1 để giành huy chương đồng bóng đá nam SEA Games 32. Trận chung kết diễn ra sau đó giữa U22 Indonesia và U22 Thái Lan kéo dài tới hiệp phụ và kết thúc với chiến thắng 5-2 nghiêng về đội bóng xứ vạn đảo. Ban tổ chức cho biết hơn 20.000 khán giả đã có mặt trên khán đài, trong đó có nhiều cổ động viên đến từ Lào và Malaysia.",
  parties="VN MM ID TH LA MY", cat="distractor",
  dates=[D("16/5", "--05-16")])

P("vi-004",
  "Giá dầu thô Brent trong phiên giao dịch 5/10 tăng 2,1%, lên 91,3 USD/thùng, mức cao nhất kể từ tháng 11 năm 2022, sau khi Ả Rập Xê Út thông báo kéo dài việc cắt giảm tự nguyện 1 triệu thùng dầu mỗi ngày đến hết năm nay. Các nhà phân tích tại Singapore nhận định nhu cầu năng lượng tại Trung Quốc và Ấn Độ phục hồi chậm hơn dự báo, trong khi lượng dầu dự trữ thương mại của Mỹ giảm tuần thứ ba liên tiếp.",
  parties="SA SG CN IN US", cat="distractor",
  amt=[M(91.3, "USD")],
  dates=[D("5/10", "--10-05"), D("tháng 11 năm 2022", "2022-11"), D("năm nay", None)])

P("vi-005",
  "Ngày 24/3, tại Hà Nội, Bộ Tài chính Việt Nam và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đã ký kết hiệp định vay trị giá 25,822 tỷ Yên (khoảng 195 triệu USD) cho dự án xây dựng tuyến đường cao tốc nối Cần Thơ với Cà Mau. Đây là khoản vay ODA đầu tiên JICA cung cấp cho Việt Nam trong năm 2023. Phát biểu tại lễ ký, Trưởng đại diện JICA tại Việt Nam Shimizu Akira khẳng định phía Nhật Bản cam kết đồng hành cùng Việt Nam trong phát triển cơ sở hạ tầng giao thông và ứng phó với biến đổi khí hậu tại Đồng bằng sông Cửu Long.",
  parties="VN JP", areas="infrastructure climate-environment",
  agr=[A("loan-or-aid", "ký kết hiệp định vay", "VN JP", "infrastructure", alt="signing"),
       A("commitment", "cam kết", "JP VN", "infrastructure climate-environment")],
  amt=[M(25822000000, "JPY"), M(195000000, "USD", True)],
  dates=[D("Ngày 24/3", "--03-24"), D("năm 2023", "2023")])

P("vi-006",
  "Tiếp Bộ trưởng Ngoại giao Hàn Quốc Park Jin chiều 7/12, Thủ tướng Phạm Minh Chính đề nghị Hàn Quốc tiếp tục dành cho Việt Nam nguồn vốn ODA ưu đãi, mở rộng hợp tác trong lĩnh vực bán dẫn, năng lượng tái tạo và tiếp nhận thêm lao động Việt Nam sang làm việc. Bộ trưởng Park Jin bày tỏ mong muốn hai nước sớm đưa kim ngạch thương mại song phương lên 150 tỷ USD và cho biết Seoul sẵn sàng chia sẻ kinh nghiệm phát triển công nghiệp văn hóa với các đối tác Việt Nam.",
  parties="KR VN", areas="digital-technology energy labour trade education-culture", cat="near",
  amt=[M(150000000000, "USD")],
  dates=[D("7/12", "--12-07")])

P("vi-007",
  "Ngày 14/6, tại Viêng Chăn, Bộ Khoa học và Công nghệ Lào và Văn phòng Tiêu chuẩn Công nghiệp Thái Lan đã ký bản ghi nhớ hợp tác về tiêu chuẩn hóa, đo lường và đánh giá sự phù hợp. Theo văn kiện, hai bên sẽ thừa nhận lẫn nhau kết quả thử nghiệm của các phòng thí nghiệm được công nhận, qua đó giảm chi phí và thời gian thông quan cho hàng hóa của doanh nghiệp hai nước. Tại buổi lễ, lãnh đạo hai cơ quan cũng nhất trí sớm hài hòa tiêu chuẩn kỹ thuật đối với vật liệu xây dựng.",
  parties="LA TH", areas="standards",
  agr=[A("memorandum", "ký bản ghi nhớ", "LA TH", "standards", alt="signing"),
       A("consensus", "nhất trí", "LA TH", "standards")],
  dates=[D("Ngày 14/6", "--06-14")])

P("vi-008",
  "Vòng đàm phán thứ 14 về hiệp định thương mại tự do giữa Anh và Ấn Độ kết thúc tại New Delhi ngày 15/2 mà hai bên vẫn chưa đạt được thỏa thuận về thuế nhập khẩu đối với rượu whisky, ô tô và quy định về thị thực cho lao động có tay nghề. Bộ trưởng Thương mại Ấn Độ Piyush Goyal cho biết New Delhi không chịu sức ép về thời hạn, trong khi phía London khẳng định chất lượng của thỏa thuận quan trọng hơn tốc độ. Kim ngạch thương mại song phương hiện đạt khoảng 36 tỷ bảng Anh mỗi năm.",
  parties="GB IN", areas="trade labour", cat="negated",
  amt=[M(36000000000, "GBP", True)],
  dates=[D("ngày 15/2", "--02-15")])

P("vi-009",
  "Trong cuộc hội đàm tại Hà Nội ngày 3/6, Thủ tướng Phạm Minh Chính và Thủ tướng Australia Anthony Albanese đã nhất trí sớm nâng cấp quan hệ Việt Nam - Australia lên Đối tác Chiến lược Toàn diện. Hai nhà lãnh đạo chứng kiến lễ ký bản ghi nhớ về hợp tác năng lượng, đồng thời bộ trưởng phụ trách lao động của hai nước ký thỏa thuận về chương trình tiếp nhận lao động thời vụ. Phía Australia cũng công bố khoản tài trợ 94,5 triệu AUD cho các dự án ứng phó biến đổi khí hậu và chuyển đổi năng lượng tại Việt Nam trong 4 năm tới.",
  parties="VN AU", areas="energy labour climate-environment",
  agr=[A("other", "nhất trí sớm nâng cấp quan hệ", "VN AU", "", alt="consensus"),
       A("memorandum", "ký bản ghi nhớ", "VN AU", "energy", alt="signing"),
       A("signing", "ký thỏa thuận", "VN AU", "labour"),
       A("loan-or-aid", "khoản tài trợ", "AU VN", "climate-environment energy")],
  amt=[M(94500000, "AUD")],
  dates=[D("ngày 3/6", "--06-03"), D("4 năm tới", "P4Y")])

P("vi-010",
  "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 3 hình thành trên Biển Đông sáng 3/9 và có khả năng mạnh thêm khi tiến vào vịnh Bắc Bộ. Trước đó, cơn bão đã gây mưa lớn tại Philippines khiến ít nhất 13 người thiệt mạng. Cơ quan khí tượng Trung Quốc cũng phát cảnh báo cam đối với đảo Hải Nam, trong khi nhiều chuyến bay từ Hong Kong đi các điểm đến ở Đông Nam Á bị hủy.",
  parties="PH CN HK", cat="distractor",
  dates=[D("3/9", "--09-03")])

P("vi-011",
  "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong - Lan Thương (MLC) lần thứ 9 diễn ra ngày 14/8 tại tỉnh Chiang Mai dưới sự đồng chủ trì của Bộ trưởng Ngoại giao Trung Quốc Vương Nghị và Bộ trưởng Ngoại giao Thái Lan Parnpree Bahiddha-Nukara. Các bộ trưởng nhất trí tăng cường hợp tác quản lý tài nguyên nước, nông nghiệp và y tế công cộng, đồng thời thông qua Kế hoạch hành động Hợp tác Mekong - Lan Thương giai đoạn mới. Phía Trung Quốc cam kết tiếp tục hỗ trợ các dự án phát triển tại các nước Mekong. Kim ngạch thương mại giữa Trung Quốc và các nước Mekong năm 2023 đạt hơn 400 tỷ USD.",
  parties="CN TH", forums="mlc:9", areas="climate-environment agriculture health",
  agr=[A("consensus", "nhất trí", "CN TH", "climate-environment agriculture health"),
       A("plan", "thông qua Kế hoạch hành động", "CN TH", "", alt="consensus"),
       A("commitment", "cam kết", "CN TH", "")],
  amt=[M(400000000000, "USD", True)],
  dates=[D("ngày 14/8", "--08-14"), D("năm 2023", "2023")])

P("vi-012",
  "Tiếp Ủy viên Thương mại Liên minh châu Âu (EU) Valdis Dombrovskis tại Hà Nội ngày 20/4, Phó Thủ tướng Trần Lưu Quang hoan nghênh việc EU tiếp tục là một trong những nhà đầu tư lớn nhất tại Việt Nam và đề nghị phía EU sớm gỡ bỏ “thẻ vàng” đối với hải sản Việt Nam. Hai bên đã thảo luận các biện pháp thúc đẩy thực thi Hiệp định Thương mại tự do Việt Nam - EU (EVFTA), trong đó có việc các nước thành viên còn lại sớm phê chuẩn Hiệp định Bảo hộ đầu tư (EVIPA).",
  parties="EU VN", areas="trade investment-finance agriculture", cat="near",
  dates=[D("ngày 20/4", "--04-20")])

P("vi-013",
  "Bộ Công Thương cho biết Việt Nam và Các Tiểu vương quốc Ả Rập Thống nhất (UAE) dự kiến ký Hiệp định Đối tác kinh tế toàn diện (CEPA) vào tháng 10 năm 2024, sau năm phiên đàm phán kể từ tháng 5 năm 2023. Khi có hiệu lực, hiệp định sẽ xóa bỏ phần lớn dòng thuế đối với nông sản, thủy sản và hàng dệt may của Việt Nam xuất khẩu sang UAE, đồng thời mở ra cơ hội thu hút dòng vốn đầu tư từ các quỹ của vùng Vịnh. Kim ngạch thương mại song phương năm 2023 đạt gần 5 tỷ USD.",
  parties="VN AE", areas="trade investment-finance agriculture", cat="planned",
  agr=[A("signing", "dự kiến ký", "VN AE", "trade investment-finance agriculture")],
  amt=[M(5000000000, "USD", True)],
  dates=[D("tháng 10 năm 2024", "2024-10"), D("tháng 5 năm 2023", "2023-05"), D("năm 2023", "2023")])

P("vi-014",
  "Tại Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển hàng đầu thế giới (G7) diễn ra ở Hiroshima từ ngày 19/5, lãnh đạo Mỹ, Nhật Bản, Đức, Pháp, Anh, Italy và Canada cam kết huy động 600 tỷ USD đến năm 2027 cho các dự án cơ sở hạ tầng chất lượng cao tại các nước đang phát triển thông qua Đối tác về Cơ sở hạ tầng và Đầu tư toàn cầu. Các nhà lãnh đạo cũng nhất trí đa dạng hóa chuỗi cung ứng khoáng sản và thúc đẩy hợp tác về trí tuệ nhân tạo. Thủ tướng Ấn Độ Narendra Modi và Tổng thống Brazil Luiz Inácio Lula da Silva được mời tham dự với tư cách khách mời.",
  parties="US JP DE FR GB IT CA IN BR", forums="g7", areas="infrastructure investment-finance trade digital-technology",
  agr=[A("commitment", "cam kết huy động", "US JP DE FR GB IT CA", "infrastructure investment-finance", alt="loan-or-aid"),
       A("consensus", "nhất trí", "US JP DE FR GB IT CA", "trade digital-technology")],
  amt=[M(600000000000, "USD")],
  dates=[D("ngày 19/5", "--05-19"), D("năm 2027", "2027")])

P("vi-015",
  "Quốc hội Indonesia ngày 21/9 đã thông qua dự toán ngân sách nhà nước năm 2024 với tổng chi 3.325 nghìn tỷ rupiah, trong đó khoảng 665 nghìn tỷ rupiah dành cho giáo dục và 187 nghìn tỷ rupiah cho y tế. Bộ trưởng Tài chính Sri Mulyani Indrawati cho biết thâm hụt ngân sách dự kiến ở mức 2,29% GDP, thấp hơn so với năm nay nhờ nguồn thu từ xuất khẩu than và niken duy trì ổn định.",
  parties="ID", cat="distractor",
  amt=[M(3325000000000000, "IDR"), M(665000000000000, "IDR", True), M(187000000000000, "IDR")],
  dates=[D("ngày 21/9", "--09-21"), D("năm 2024", "2024"), D("năm nay", None)])

P("vi-016",
  "Ngày 9/11, tại Viêng Chăn, Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) và Bộ Y tế Lào đã ký thỏa thuận viện trợ không hoàn lại trị giá 8 triệu USD cho dự án nâng cao năng lực chăm sóc sức khỏe bà mẹ và trẻ em tại ba tỉnh miền Bắc Lào trong 5 năm tới. Đại sứ Hàn Quốc tại Lào cho biết đây là dự án y tế lớn nhất mà KOICA triển khai tại quốc gia này, nâng tổng vốn viện trợ của Hàn Quốc cho Lào kể từ năm 1995 lên hơn 320 triệu USD.",
  parties="KR LA", areas="health",
  agr=[A("loan-or-aid", "ký thỏa thuận viện trợ không hoàn lại", "KR LA", "health", alt="signing")],
  amt=[M(8000000, "USD"), M(320000000, "USD", True)],
  dates=[D("Ngày 9/11", "--11-09"), D("5 năm tới", "P5Y"), D("năm 1995", "1995")])

P("vi-017",
  "Phát biểu kết luận phiên họp Chính phủ thường kỳ tháng 8 vào chiều 5/9, Thủ tướng Phạm Minh Chính nhất trí với báo cáo của Bộ Kế hoạch và Đầu tư về tình hình kinh tế - xã hội, trong đó vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện tiếp tục tăng, đạt 13,7 tỷ USD. Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải ngân vốn đầu tư công, tháo gỡ khó khăn cho doanh nghiệp xuất khẩu sang thị trường Mỹ, EU và Trung Quốc.",
  parties="US EU CN", cat="near",
  amt=[M(13700000000, "USD")],
  dates=[D("tháng 8", "--08"), D("5/9", "--09-05")])

P("vi-018",
  "Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong - sông Hằng (MGC) lần thứ 12 đã diễn ra ngày 16/7 tại Bangkok dưới sự đồng chủ trì của Bộ trưởng Ngoại giao Ấn Độ S. Jaishankar và Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Thái Lan Don Pramudwinai. Các bộ trưởng nhất trí mở rộng hợp tác sang các lĩnh vực y học cổ truyền, quản lý tài nguyên nước và kinh tế số, đồng thời thông qua Kế hoạch hành động MGC cho ba năm tới. Ấn Độ cam kết tiếp tục tài trợ các dự án tác động nhanh với mức 50.000 USD mỗi dự án tại Campuchia, Lào, Myanmar và Việt Nam.",
  parties="IN TH KH LA MM VN", forums="mgc:12", areas="health climate-environment digital-technology",
  agr=[A("consensus", "nhất trí", "IN TH", "health climate-environment digital-technology"),
       A("plan", "thông qua Kế hoạch hành động", "IN TH", "", alt="consensus"),
       A("loan-or-aid", "cam kết tiếp tục tài trợ", "IN KH LA MM VN", "", alt="commitment")],
  amt=[M(50000, "USD")],
  dates=[D("ngày 16/7", "--07-16"), D("ba năm tới", "P3Y")])

P("vi-019",
  "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng ngày 28/11 thông báo, nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Vương quốc Campuchia Hun Manet sẽ thăm chính thức Việt Nam vào trung tuần tháng 12. Đây là chuyến thăm chính thức Việt Nam đầu tiên của ông Hun Manet trên cương vị người đứng đầu Chính phủ, kể từ khi nhậm chức hồi tháng 8 năm 2023.",
  parties="KH VN", cat="distractor",
  dates=[D("ngày 28/11", "--11-28"), D("tháng 12", "--12"), D("tháng 8 năm 2023", "2023-08")])

P("vi-020",
  "Ngày 1/12, bên lề Hội nghị COP28 tại Dubai, Việt Nam và Nhóm các đối tác quốc tế gồm Liên minh châu Âu, Anh, Mỹ, Nhật Bản, Đức, Pháp, Italy, Canada, Đan Mạch và Na Uy đã công bố Kế hoạch huy động nguồn lực thực hiện Tuyên bố chính trị về thiết lập Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP). Theo kế hoạch, các đối tác cam kết huy động ban đầu 15,5 tỷ USD từ khu vực công và tư nhân trong 5 năm tới để hỗ trợ Việt Nam giảm phát thải khí nhà kính và phát triển năng lượng tái tạo.",
  parties="VN EU GB US JP DE FR IT CA DK NO", forums="cop:28 jetp", areas="energy climate-environment",
  agr=[A("plan", "công bố Kế hoạch huy động nguồn lực", "VN EU GB US JP DE FR IT CA DK NO", "energy climate-environment"),
       A("commitment", "cam kết huy động", "EU GB US JP DE FR IT CA DK NO VN", "energy climate-environment", alt="loan-or-aid")],
  amt=[M(15500000000, "USD")],
  dates=[D("Ngày 1/12", "--12-01"), D("5 năm tới", "P5Y")])

P("vi-021",
  "Các bộ trưởng thương mại của 14 nước thành viên Khuôn khổ Kinh tế Ấn Độ Dương - Thái Bình Dương vì Thịnh vượng (IPEF) đã kết thúc vòng đàm phán thứ tư tại Busan (Hàn Quốc) hôm 15/7 mà chưa công bố kết quả cụ thể. Trong các cuộc thảo luận, phía Mỹ đề xuất thành lập cơ chế cảnh báo sớm gián đoạn chuỗi cung ứng, trong khi Ấn Độ và Indonesia mong muốn có thêm thời gian xem xét các tiêu chuẩn lao động và môi trường. Vòng đàm phán tiếp theo dự kiến diễn ra tại Bali vào tháng 9.",
  parties="KR US IN ID", forums="ipef", areas="trade labour climate-environment", cat="near",
  dates=[D("hôm 15/7", "--07-15"), D("tháng 9", "--09")])

P("vi-022",
  "Trong cuộc hội đàm trực tuyến ngày 4/3, Phó Thủ tướng Chính phủ Liên bang Nga Dmitry Chernyshenko và Phó Thủ tướng Trần Hồng Hà đã nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng hạt nhân vì mục đích hòa bình, khai thác dầu khí trên thềm lục địa và đào tạo kỹ sư. Hai bên cũng thống nhất tăng học bổng cho sinh viên Việt Nam sang học tập tại Nga trong năm nay. Tổng công ty Rosatom của Nga cam kết hỗ trợ xây dựng Trung tâm nghiên cứu khoa học và công nghệ hạt nhân tại tỉnh Đồng Nai.",
  parties="RU VN", areas="energy education-culture science",
  agr=[A("consensus", "nhất trí", "RU VN", "energy education-culture"),
       A("consensus", "thống nhất", "RU VN", "education-culture"),
       A("commitment", "cam kết", "RU VN", "science")],
  dates=[D("ngày 4/3", "--03-04"), D("năm nay", None)])

P("vi-023",
  "Trên thị trường ngoại hối sáng 12/10, đồng yen Nhật tiếp tục mất giá xuống mức 149,8 yen đổi 1 USD, thấp nhất kể từ tháng 10 năm 2022, trong khi Ngân hàng Nhà nước Việt Nam niêm yết tỷ giá trung tâm ở mức 24.048 đồng/USD. Giới phân tích tại Tokyo cho rằng chênh lệch lãi suất giữa Ngân hàng Trung ương Nhật Bản và Cục Dự trữ Liên bang Mỹ (Fed) sẽ còn gây sức ép lên đồng nội tệ.",
  parties="JP VN US", cat="distractor",
  amt=[M(149.8, "JPY"), M(1, "USD"), M(24048, "VND")],
  dates=[D("12/10", "--10-12"), D("tháng 10 năm 2022", "2022-10")])

P("vi-024",
  "Ngày 8/7, tại Manila, Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko và Bộ trưởng Quốc phòng Philippines Gilberto Teodoro đã ký Hiệp định Tiếp cận có đi có lại, cho phép quân đội hai nước triển khai lực lượng trên lãnh thổ của nhau để huấn luyện và tập trận chung. Tổng thống Philippines Ferdinand Marcos Jr. chứng kiến lễ ký. Cùng ngày, Nhật Bản và Philippines ký công hàm trao đổi về khoản vay ưu đãi trị giá khoảng 60 tỷ Yên để Manila mua thêm 5 tàu tuần tra cỡ lớn cho lực lượng bảo vệ bờ biển.",
  parties="JP PH", areas="defence-security",
  agr=[A("signing", "ký Hiệp định Tiếp cận có đi có lại", "JP PH", "defence-security"),
       A("loan-or-aid", "ký công hàm trao đổi về khoản vay ưu đãi", "JP PH", "defence-security", alt="signing")],
  amt=[M(60000000000, "JPY", True)],
  dates=[D("Ngày 8/7", "--07-08"), D("Cùng ngày", None)])

P("vi-025",
  "Phát biểu tại phiên thảo luận của Hội nghị thường niên Diễn đàn Kinh tế Thế giới (WEF) lần thứ 54 ở Davos (Thụy Sĩ) ngày 16/1, Thủ tướng Phạm Minh Chính mong muốn các tập đoàn công nghệ hàng đầu đầu tư vào lĩnh vực bán dẫn, trí tuệ nhân tạo và hydrogen xanh tại Việt Nam. Chủ tịch WEF Borge Brende khẳng định diễn đàn sẵn sàng làm cầu nối để Việt Nam tiếp cận nguồn vốn và công nghệ, đồng thời đề nghị hai bên phối hợp tổ chức một diễn đàn đầu tư tại Hà Nội.",
  parties="CH VN", forums="wef:54", areas="investment-finance digital-technology energy", cat="near",
  dates=[D("ngày 16/1", "--01-16")])

P("vi-026",
  "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10 (ADMM+) diễn ra ngày 16/11 tại Jakarta với sự tham dự của bộ trưởng quốc phòng 10 nước ASEAN và 8 nước đối tác gồm Australia, Trung Quốc, Ấn Độ, Nhật Bản, New Zealand, Hàn Quốc, Nga và Mỹ. Các bộ trưởng nhất trí thông qua Tuyên bố chung về hợp tác quốc phòng vì một khu vực hòa bình và ổn định, đồng thời nhất trí kết nạp Timor-Leste làm quan sát viên của ADMM+.",
  parties="ASEAN AU CN IN JP NZ KR RU US TL", forums="admm-plus:10", areas="defence-security",
  agr=[A("consensus", "nhất trí thông qua Tuyên bố chung", "ASEAN AU CN IN JP NZ KR RU US", "defence-security"),
       A("consensus", "nhất trí kết nạp", "ASEAN AU CN IN JP NZ KR RU US", "")],
  dates=[D("ngày 16/11", "--11-16")])

P("vi-027",
  "Theo Tổng cục Thống kê, trong tháng 7, Việt Nam đón 1,3 triệu lượt khách quốc tế, trong đó Hàn Quốc tiếp tục là thị trường nguồn lớn nhất với 310.000 lượt, tiếp theo là Trung Quốc, Mỹ và Đài Loan. Doanh thu du lịch lữ hành đạt 11.200 tỷ đồng, tăng 28% so với cùng kỳ năm trước. Các hãng hàng không cho biết đường bay thẳng từ Hà Nội tới Melbourne và Mumbai đang thu hút nhiều du khách Australia và Ấn Độ.",
  parties="VN KR CN US TW AU IN", cat="distractor",
  amt=[M(11200000000000, "VND")],
  dates=[D("tháng 7", "--07"), D("năm trước", None)])

P("vi-028",
  "Bên lề Hội nghị thượng đỉnh Diễn đàn Hợp tác Trung Quốc - châu Phi (FOCAC) tại Bắc Kinh ngày 5/9, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Kenya William Ruto đã ra tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác hợp tác chiến lược toàn diện. Ngân hàng Xuất nhập khẩu Trung Quốc đồng ý cấp khoản tín dụng trị giá 1 tỷ USD để Kenya hoàn thành tuyến đường sắt khổ tiêu chuẩn tới biên giới Uganda, đồng thời hai nước ký bản ghi nhớ về hợp tác nông nghiệp và thủy sản.",
  parties="CN KE UG", forums="focac", areas="infrastructure agriculture",
  agr=[A("other", "ra tuyên bố chung về việc nâng cấp quan hệ", "CN KE", "", alt="consensus"),
       A("loan-or-aid", "đồng ý cấp khoản tín dụng", "CN KE", "infrastructure", alt="consensus"),
       A("memorandum", "ký bản ghi nhớ", "CN KE", "agriculture", alt="signing")],
  amt=[M(1000000000, "USD")],
  dates=[D("ngày 5/9", "--09-05")])

P("vi-029",
  "Hội nghị Bộ trưởng Thương mại APEC tại Detroit (Mỹ) kết thúc ngày 26/5 mà không ra được tuyên bố chung do bất đồng giữa các nền kinh tế thành viên về cách đề cập xung đột tại Ukraine. Thay vào đó, nước chủ nhà Mỹ công bố tuyên bố của Chủ tịch hội nghị, trong đó nêu các ưu tiên về tạo thuận lợi thương mại và hỗ trợ doanh nghiệp vừa và nhỏ. Nga và Trung Quốc phản đối một số nội dung trong văn kiện này.",
  parties="US UA RU CN", forums="apec", areas="trade", cat="negated",
  dates=[D("ngày 26/5", "--05-26")])

P("vi-030",
  "Trong khuôn khổ chuyến tham dự Hội nghị Sáng kiến Đầu tư Tương lai (FII) lần thứ 7 tại Riyadh, chiều 24/10, Thủ tướng Phạm Minh Chính đã hội kiến Thái tử, Thủ tướng Ả Rập Xê Út Mohammed bin Salman. Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác trong các lĩnh vực năng lượng, lọc hóa dầu, lương thực - thực phẩm halal và tiếp nhận lao động Việt Nam. Dịp này, Quỹ Phát triển Ả Rập Xê Út và Bộ Tài chính Việt Nam ký thỏa thuận vay trị giá 100 triệu USD cho dự án cấp nước sạch tại tỉnh Quảng Trị.",
  parties="SA VN", forums="fii:7", areas="energy agriculture labour infrastructure",
  agr=[A("consensus", "nhất trí", "VN SA", "energy agriculture labour"),
       A("loan-or-aid", "ký thỏa thuận vay", "SA VN", "infrastructure", alt="signing")],
  amt=[M(100000000, "USD")],
  dates=[D("24/10", "--10-24")])

P("vi-031",
  "Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 13 diễn ra ngày 23/10 tại Seoul dưới sự đồng chủ trì của Bộ trưởng Ngoại giao Hàn Quốc Park Jin và Bộ trưởng Ngoại giao Lào Saleumxay Kommasith. Các bộ trưởng nhất trí triển khai hiệu quả Kế hoạch hành động Mekong - Hàn Quốc, tập trung vào các lĩnh vực ưu tiên gồm văn hóa, du lịch, phát triển nguồn nhân lực, nông nghiệp, cơ sở hạ tầng, công nghệ thông tin và môi trường. Phía Hàn Quốc cam kết tăng mức đóng góp cho Quỹ Hợp tác Mekong - Hàn Quốc lên 10 triệu USD mỗi năm kể từ năm 2024.",
  parties="KR LA", forums="mekong-korea:13",
  areas="education-culture tourism agriculture infrastructure digital-technology climate-environment",
  agr=[A("plan", "nhất trí triển khai hiệu quả Kế hoạch hành động", "KR LA",
         "education-culture tourism agriculture infrastructure digital-technology climate-environment", alt="consensus"),
       A("loan-or-aid", "cam kết tăng mức đóng góp", "KR LA", "", alt="commitment")],
  amt=[M(10000000, "USD")],
  dates=[D("ngày 23/10", "--10-23"), D("năm 2024", "2024")])

P("vi-032",
  "Tổng thống Argentina Javier Milei ngày 29/12 đã gửi thư tới lãnh đạo Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi, thông báo Buenos Aires sẽ không trở thành thành viên chính thức của nhóm BRICS từ ngày 1/1/2024 như dự kiến trước đó. Trong thư, ông Milei cho rằng thời điểm hiện tại chưa phù hợp để Argentina tham gia nhóm. Trong khi đó, đồng peso của nước này tiếp tục trượt giá và lạm phát năm 2023 được dự báo vượt 200%.",
  parties="AR BR RU IN CN ZA", forums="brics", cat="distractor",
  dates=[D("ngày 29/12", "--12-29"), D("ngày 1/1/2024", "2024-01-01"), D("năm 2023", "2023")])

P("vi-033",
  "Ngày 15/5, tại Hà Nội, Phái đoàn Liên minh châu Âu tại Việt Nam và Bộ Nông nghiệp và Phát triển nông thôn đã ký thỏa thuận tài trợ không hoàn lại trị giá 45 triệu euro cho chương trình hỗ trợ chuyển đổi sang nông nghiệp phát thải thấp ở Đồng bằng sông Cửu Long, trong khuôn khổ chiến lược Cửa ngõ toàn cầu. Đại sứ EU Julien Guerrier cho biết khoản tài trợ sẽ giúp khoảng 200.000 hộ nông dân áp dụng kỹ thuật canh tác lúa giảm phát thải khí nhà kính. Bộ trưởng Lê Minh Hoan khẳng định Việt Nam cam kết thực hiện mục tiêu phát thải ròng bằng 0 vào năm 2050.",
  parties="EU VN", areas="agriculture climate-environment",
  agr=[A("loan-or-aid", "ký thỏa thuận tài trợ không hoàn lại", "EU VN", "agriculture climate-environment", alt="signing"),
       A("commitment", "cam kết", "VN", "climate-environment")],
  amt=[M(45000000, "EUR")],
  dates=[D("Ngày 15/5", "--05-15"), D("năm 2050", "2050")])

P("vi-034",
  "Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ Đông và Thứ trưởng Ngoại giao Philippines Theresa Lazaro ngày 17/1 đã tiến hành vòng tham vấn lần thứ 22 của Cơ chế tham vấn song phương về Biển Đông (BCM) tại Thượng Hải. Hai bên đã thảo luận thẳng thắn về tình hình trên biển và các biện pháp kiểm soát bất đồng, song chưa đi đến thống nhất về cơ chế liên lạc giữa lực lượng tuần duyên hai nước. Phía Philippines bày tỏ mong muốn tiếp tục đối thoại để giảm căng thẳng.",
  parties="CN PH", forums="bcm:22", areas="defence-security", cat="negated",
  dates=[D("ngày 17/1", "--01-17")])

P("vi-035",
  "Chiều 24/1, tại Hà Nội, Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung và Bộ trưởng Lao động và Xã hội Cộng hòa Liên bang Đức Hubertus Heil đã ký ý định thư về hợp tác đưa điều dưỡng viên và lao động kỹ thuật Việt Nam sang làm việc tại Đức. Theo văn kiện, phía Đức sẽ hỗ trợ đào tạo tiếng Đức và kỹ năng nghề cho khoảng 1.000 ứng viên mỗi năm. Hai bộ trưởng cũng nhất trí tăng cường hợp tác về an sinh xã hội và chia sẻ kinh nghiệm xây dựng chính sách bảo hiểm thất nghiệp.",
  parties="VN DE", areas="labour education-culture",
  agr=[A("memorandum", "ký ý định thư", "VN DE", "labour education-culture", alt="signing"),
       A("consensus", "nhất trí", "VN DE", "labour")],
  dates=[D("24/1", "--01-24")])

P("vi-036",
  "Nhật Bản ngày 22/12 thông qua dự toán ngân sách quốc phòng kỷ lục cho năm 2024 với mức 7.950 tỷ Yên, tăng 16,5% so với năm trước, trong đó có khoản chi để mua tên lửa hành trình Tomahawk của Mỹ. Chính quyền Thủ tướng Kishida Fumio đặt mục tiêu nâng chi tiêu quốc phòng lên 2% GDP trong 5 năm tới, tương đương mức mà NATO đặt ra cho các nước thành viên.",
  parties="JP US NATO", cat="distractor",
  amt=[M(7950000000000, "JPY")],
  dates=[D("ngày 22/12", "--12-22"), D("năm 2024", "2024"), D("năm trước", None), D("5 năm tới", "P5Y")])

P("vi-037",
  "Tại cuộc hội đàm ngày 30/8 ở Singapore, Thủ tướng Lý Hiển Long và Thủ tướng Phạm Minh Chính đã nhất trí đẩy nhanh triển khai Quan hệ Đối tác kinh tế số - kinh tế xanh, trong đó ưu tiên hợp tác về thương mại điện tử, an ninh năng lượng và tín chỉ carbon. Hai nhà lãnh đạo chứng kiến lễ trao giấy chứng nhận đầu tư cho hai khu công nghiệp Việt Nam - Singapore (VSIP) mới với tổng vốn khoảng 500 triệu USD. Singapore hiện là nhà đầu tư nước ngoài lớn thứ hai tại Việt Nam.",
  parties="SG VN", areas="digital-technology energy climate-environment investment-finance",
  agr=[A("consensus", "nhất trí", "SG VN", "digital-technology energy climate-environment")],
  amt=[M(500000000, "USD", True)],
  dates=[D("ngày 30/8", "--08-30")])

P("vi-038",
  "Ngày 18/9, tại Brasilia, Bộ trưởng Nông nghiệp và Phát triển nông thôn Việt Nam Lê Minh Hoan và Bộ trưởng Nông nghiệp và Chăn nuôi Brazil Carlos Fávaro đã ký Kế hoạch hành động hợp tác nông nghiệp cho 3 năm tới, tập trung vào kiểm dịch động thực vật, chọn tạo giống cây trồng và chế biến cà phê. Hai bên cũng thống nhất sớm mở cửa thị trường cho thịt bò Brazil và sầu riêng Việt Nam. Brazil hiện là đối tác thương mại lớn nhất của Việt Nam tại Mỹ Latinh với kim ngạch song phương năm 2023 đạt khoảng 6,8 tỷ USD.",
  parties="VN BR", areas="agriculture trade",
  agr=[A("plan", "ký Kế hoạch hành động", "VN BR", "agriculture", alt="signing"),
       A("consensus", "thống nhất", "VN BR", "trade agriculture")],
  amt=[M(6800000000, "USD", True)],
  dates=[D("Ngày 18/9", "--09-18"), D("3 năm tới", "P3Y"), D("năm 2023", "2023")])

P("vi-039",
  "Phiên thảo luận chung cấp cao Khóa họp thứ 78 Đại hội đồng Liên hợp quốc (UNGA) khai mạc ngày 19/9 tại New York với sự tham dự của hơn 140 nguyên thủ quốc gia và người đứng đầu chính phủ. Theo thông lệ, Brazil là nước phát biểu đầu tiên, tiếp theo là Mỹ với tư cách nước chủ nhà. Do các biện pháp an ninh được thắt chặt, nhiều tuyến phố quanh trụ sở Liên hợp quốc tại Manhattan bị phong tỏa suốt cả tuần.",
  parties="UN BR US", forums="unga:78", cat="distractor",
  dates=[D("ngày 19/9", "--09-19")])

P("vi-040",
  "Ngân hàng Thế giới (WB) ngày 20/6 thông báo Ban Giám đốc điều hành đã phê duyệt khoản vay trị giá 400 triệu USD cho Việt Nam nhằm hỗ trợ phát triển giao thông bền vững tại các tỉnh miền Trung và thích ứng với biến đổi khí hậu. Giám đốc Quốc gia WB tại Việt Nam Carolyn Turk cho biết tổng cam kết của ngân hàng dành cho Việt Nam kể từ năm 1993 đã vượt 24 tỷ USD, đưa Việt Nam trở thành một trong những khách hàng lớn nhất của tổ chức này.",
  parties="WB VN", areas="infrastructure climate-environment",
  agr=[A("loan-or-aid", "phê duyệt khoản vay", "WB VN", "infrastructure climate-environment")],
  amt=[M(400000000, "USD"), M(24000000000, "USD", True)],
  dates=[D("ngày 20/6", "--06-20"), D("năm 1993", "1993")])

P("vi-041",
  "Phát biểu tại Hội nghị Cấp cao Đông Á (EAS) lần thứ 18 ở Jakarta ngày 7/9, Thủ tướng Phạm Minh Chính đề nghị các nước tham gia EAS tăng cường hợp tác ứng phó với biến đổi khí hậu, chuyển đổi năng lượng và bảo đảm an ninh lương thực. Thủ tướng cũng kêu gọi các đối tác, nhất là Mỹ, Trung Quốc và Nga, kiềm chế và tôn trọng luật pháp quốc tế trong giải quyết tranh chấp. Thủ tướng Ấn Độ Narendra Modi đề xuất một sáng kiến của EAS về y tế số.",
  parties="US CN RU IN", forums="eas:18", areas="climate-environment energy agriculture health digital-technology", cat="near",
  dates=[D("ngày 7/9", "--09-07")])

P("vi-042",
  "Ngày 19/12, tại Tokyo, Bộ Môi trường Nhật Bản và Bộ Điều phối Kinh tế Indonesia đã ký bản ghi nhớ triển khai giai đoạn mới của Cơ chế tín chỉ chung (JCM), theo đó Nhật Bản sẽ hỗ trợ tài chính cho các dự án điện mặt trời, xử lý rác thải phát điện và tiết kiệm năng lượng tại Indonesia, đổi lại được chuyển giao một phần tín chỉ carbon. Hai bên cũng nhất trí phối hợp trong khuôn khổ Cộng đồng Phát thải ròng bằng 0 châu Á (AZEC) do Nhật Bản khởi xướng.",
  parties="JP ID", forums="jcm azec", areas="climate-environment energy",
  agr=[A("memorandum", "ký bản ghi nhớ", "JP ID", "climate-environment energy", alt="signing"),
       A("consensus", "nhất trí", "JP ID", "")],
  dates=[D("Ngày 19/12", "--12-19")])

P("vi-043",
  "Tay vợt Italy Jannik Sinner đã lên ngôi tại Melbourne (Australia) tối 28/1 sau khi ngược dòng đánh bại Daniil Medvedev của Nga sau năm set, qua đó nhận khoản tiền thưởng 3,15 triệu AUD. Đây là danh hiệu Grand Slam đầu tiên trong sự nghiệp của tay vợt 22 tuổi, đồng thời là thành tích lịch sử của quần vợt nam Italy ở một giải đấu trên mặt sân cứng.",
  parties="IT AU RU", cat="distractor",
  amt=[M(3150000, "AUD")],
  dates=[D("28/1", "--01-28")])

P("vi-044",
  "Ngày 23/8, tại Viêng Chăn, đại diện Lào, Thái Lan, Malaysia và Singapore đã ký thỏa thuận gia hạn Dự án tích hợp lưới điện bốn nước, nâng công suất điện mua bán qua biên giới từ 100 MW lên 300 MW. Các bên cũng nhất trí nghiên cứu khả năng cho phép mua bán điện từ nguồn năng lượng tái tạo, đóng góp vào mục tiêu kết nối lưới điện khu vực. Năm ngoái, Singapore bắt đầu nhập khẩu điện từ thủy điện của Lào thông qua lưới điện của Thái Lan và Malaysia.",
  parties="LA TH MY SG", areas="energy",
  agr=[A("signing", "ký thỏa thuận gia hạn", "LA TH MY SG", "energy"),
       A("consensus", "nhất trí", "LA TH MY SG", "energy")],
  dates=[D("Ngày 23/8", "--08-23"), D("Năm ngoái", None)])

P("vi-045",
  "Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom Ghebreyesus ngày 6/3 hoan nghênh việc các nước thành viên đạt tiến triển trong đàm phán về hiệp định phòng chống đại dịch, nhưng cảnh báo thời gian không còn nhiều trước Đại hội đồng Y tế Thế giới vào tháng 5. Đại diện Ấn Độ, Nam Phi và Brazil đề nghị hiệp định phải bảo đảm chuyển giao công nghệ sản xuất vaccine cho các nước đang phát triển, trong khi Đức và Thụy Sĩ mong muốn văn kiện cân bằng lợi ích của các hãng dược.",
  parties="WHO IN ZA BR DE CH", forums="wha", areas="health", cat="near",
  dates=[D("ngày 6/3", "--03-06"), D("tháng 5", "--05")])

P("vi-046",
  "Thủ tướng Campuchia Hun Manet và Thủ tướng Nhật Bản Kishida Fumio ngày 16/12 tại Tokyo đã ra tuyên bố chung nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện. Nhân dịp này, Nhật Bản cam kết cung cấp khoản viện trợ không hoàn lại 4,3 tỷ Yên cho dự án mở rộng cảng Sihanoukville. Hai bên cũng nhất trí tăng cường hợp tác an ninh hàng hải, chuyển đổi số và phát triển nguồn nhân lực.",
  parties="KH JP", areas="infrastructure defence-security digital-technology education-culture",
  agr=[A("other", "ra tuyên bố chung nâng cấp quan hệ", "KH JP", "", alt="consensus"),
       A("loan-or-aid", "cam kết cung cấp khoản viện trợ không hoàn lại", "JP KH", "infrastructure", alt="commitment"),
       A("consensus", "nhất trí", "KH JP", "defence-security digital-technology education-culture")],
  amt=[M(4300000000, "JPY")],
  dates=[D("ngày 16/12", "--12-16")])

P("vi-047",
  "Tổng cục Thống kê Quốc gia Trung Quốc ngày 17/1 công bố tổng sản phẩm quốc nội (GDP) năm 2023 của nước này đạt 126.060 tỷ nhân dân tệ, tăng 5,2% so với năm trước, vượt mục tiêu khoảng 5% mà Bắc Kinh đặt ra. Tuy nhiên, tỷ lệ thất nghiệp ở thanh niên thành thị vẫn ở mức cao, trong khi thị trường bất động sản chưa có dấu hiệu phục hồi. Quỹ Tiền tệ Quốc tế (IMF) dự báo tăng trưởng của Trung Quốc sẽ chậm lại còn 4,6% trong năm nay.",
  parties="CN IMF", cat="distractor",
  amt=[M(126060000000000, "CNY")],
  dates=[D("ngày 17/1", "--01-17"), D("năm 2023", "2023"), D("năm trước", None), D("năm nay", None)])

P("vi-048",
  "Bộ trưởng Công Thương Nguyễn Hồng Diên cho biết trong chuyến thăm Hàn Quốc vào tháng 6, hai nước sẽ ký bản ghi nhớ về hợp tác năng lượng và khoáng sản cùng kế hoạch hành động nhằm đưa kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030. Phía Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam với tổng vốn đăng ký hơn 86 tỷ USD.",
  parties="KR VN", areas="energy trade", cat="planned",
  agr=[A("memorandum", "sẽ ký bản ghi nhớ", "VN KR", "energy", alt="signing"),
       A("plan", "kế hoạch hành động", "VN KR", "trade", alt="signing")],
  amt=[M(150000000000, "USD"), M(86000000000, "USD", True)],
  dates=[D("tháng 6", "--06"), D("năm 2030", "2030")])

P("vi-049",
  "Hội nghị Bộ trưởng Ngoại giao nhóm Bộ Tứ lần thứ năm, gồm Mỹ, Nhật Bản, Australia và Ấn Độ, đã diễn ra tại Tokyo ngày 29/7. Các bộ trưởng nhất trí mở rộng sáng kiến đối tác về an ninh hàng hải tới các đảo quốc ở Ấn Độ Dương và cam kết phối hợp hỗ trợ các nước trong khu vực xây dựng cơ sở hạ tầng cáp quang biển an toàn, ứng phó với thảm họa thiên nhiên. Ngoại trưởng Mỹ Antony Blinken thông báo Washington sẽ tài trợ thêm 5 triệu USD cho một trung tâm đào tạo về an ninh hàng hải tại Ấn Độ.",
  parties="US JP AU IN", forums="quad:5", areas="defence-security infrastructure digital-technology climate-environment",
  agr=[A("consensus", "nhất trí", "US JP AU IN", "defence-security"),
       A("commitment", "cam kết", "US JP AU IN", "infrastructure digital-technology climate-environment"),
       A("loan-or-aid", "sẽ tài trợ", "US IN", "defence-security")],
  amt=[M(5000000, "USD")],
  dates=[D("ngày 29/7", "--07-29")])

P("vi-050",
  "Cử tri Đài Loan ngày 13/1 đã đi bỏ phiếu bầu lãnh đạo mới và 113 ghế trong cơ quan lập pháp, với ứng cử viên Lại Thanh Đức giành chiến thắng khi nhận khoảng 40% số phiếu. Trong khi đó, tại Indonesia, chiến dịch tranh cử tổng thống bước vào giai đoạn nước rút trước cuộc bầu cử ngày 14/2, với ba liên danh ứng cử viên tranh giành sự ủng hộ của hơn 204 triệu cử tri.",
  parties="TW ID", cat="distractor",
  dates=[D("ngày 13/1", "--01-13"), D("ngày 14/2", "--02-14")])

P("vi-051",
  "Hội nghị Bộ trưởng Ngoại giao Sáng kiến vịnh Bengal về hợp tác kinh tế và kỹ thuật đa ngành (BIMSTEC) lần thứ 19 diễn ra tại Colombo ngày 11/7 đã thông qua Kế hoạch tổng thể về kết nối giao thông, đồng thời các bộ trưởng nhất trí thành lập Trung tâm năng lượng BIMSTEC tại Bengaluru. Ấn Độ, Bangladesh, Myanmar, Sri Lanka, Thái Lan, Nepal và Bhutan cũng thống nhất đẩy nhanh đàm phán hiệp định thương mại tự do khu vực, vốn bị đình trệ nhiều năm.",
  parties="IN BD MM LK TH NP BT", forums="bimstec:19", areas="infrastructure energy trade",
  agr=[A("plan", "thông qua Kế hoạch tổng thể", "IN BD MM LK TH NP BT", "infrastructure", alt="consensus"),
       A("consensus", "nhất trí", "IN BD MM LK TH NP BT", "energy"),
       A("consensus", "thống nhất", "IN BD MM LK TH NP BT", "trade")],
  dates=[D("ngày 11/7", "--07-11")])

P("vi-052",
  "Trong chuyến thăm cấp Nhà nước tới Việt Nam hôm 12/12, Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình và Tổng Bí thư Nguyễn Phú Trọng đã nhất trí xây dựng Cộng đồng chia sẻ tương lai Việt Nam - Trung Quốc có ý nghĩa chiến lược. Hai bên đã ký bản ghi nhớ về thúc đẩy kết nối đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội - Hải Phòng. Phía Trung Quốc cũng đồng ý cung cấp viện trợ không hoàn lại cho một số dự án dân sinh tại Việt Nam.",
  parties="CN VN", areas="infrastructure",
  agr=[A("consensus", "nhất trí", "CN VN", ""),
       A("memorandum", "ký bản ghi nhớ", "VN CN", "infrastructure", alt="signing"),
       A("loan-or-aid", "đồng ý cung cấp viện trợ không hoàn lại", "CN VN", "", alt="consensus")],
  dates=[D("hôm 12/12", "--12-12")])

P("vi-053",
  "Hội đồng Bảo an Liên hợp quốc (UNSC) ngày 14/6 đã tổ chức phiên thảo luận mở về tác động của biến đổi khí hậu đối với hòa bình và an ninh quốc tế dưới sự chủ trì của Ecuador, với phát biểu mở đầu của Tổng Thư ký Liên hợp quốc António Guterres. Nhiều nước thành viên như Pháp, Anh và Mozambique kêu gọi hội đồng đưa rủi ro khí hậu vào nhiệm vụ của các phái bộ gìn giữ hòa bình, trong khi Nga cho rằng vấn đề này nên được thảo luận tại các diễn đàn chuyên trách. Cuộc họp kết thúc mà không thông qua văn kiện nào.",
  parties="UN EC FR GB MZ RU", forums="unsc", areas="climate-environment defence-security", cat="near",
  dates=[D("ngày 14/6", "--06-14")])

P("vi-054",
  "Tại cuộc hội đàm ở Wellington ngày 11/3, Thủ tướng New Zealand Christopher Luxon và Thủ tướng Phạm Minh Chính nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 3 tỷ USD vào năm 2026, đồng thời tăng cường hợp tác trong các lĩnh vực giáo dục, nông nghiệp công nghệ cao và thích ứng với biến đổi khí hậu. Dịp này, hai bên ký thỏa thuận về chương trình lao động kỳ nghỉ, theo đó New Zealand nâng hạn ngạch dành cho thanh niên Việt Nam lên 500 người mỗi năm.",
  parties="NZ VN", areas="trade education-culture agriculture climate-environment labour",
  agr=[A("consensus", "nhất trí", "NZ VN", "trade education-culture agriculture climate-environment"),
       A("signing", "ký thỏa thuận", "NZ VN", "labour")],
  amt=[M(3000000000, "USD")],
  dates=[D("ngày 11/3", "--03-11"), D("năm 2026", "2026")])

P("vi-055",
  "Ngày 25/7, bên lề AMM-56 tại Jakarta, Mỹ và 5 nước Mekong gồm Campuchia, Lào, Myanmar, Thái Lan và Việt Nam đã tổ chức Hội nghị Bộ trưởng Quan hệ Đối tác Mekong - Mỹ lần thứ tư. Các bộ trưởng thông qua Kế hoạch hành động giai đoạn mới, tập trung vào an ninh nguồn nước, ứng phó các thách thức an ninh phi truyền thống và phát triển nguồn nhân lực. Mỹ thông báo gói hỗ trợ trị giá hơn 80 triệu USD cho các dự án trong khuôn khổ quan hệ đối tác.",
  parties="US KH LA MM TH VN", forums="amm:56 mekong-us-partnership:4",
  areas="climate-environment defence-security education-culture",
  agr=[A("plan", "thông qua Kế hoạch hành động", "US KH LA MM TH VN", "climate-environment defence-security education-culture", alt="consensus"),
       A("loan-or-aid", "gói hỗ trợ", "US KH LA MM TH VN", "")],
  amt=[M(80000000, "USD", True)],
  dates=[D("Ngày 25/7", "--07-25")])

P("vi-056",
  "Chỉ số VN-Index phiên 3/11 giảm hơn 15 điểm xuống 1.060 điểm, giá trị giao dịch trên sàn HoSE đạt khoảng 18.500 tỷ đồng. Khối ngoại bán ròng phiên thứ 20 liên tiếp với giá trị gần 700 tỷ đồng, tập trung vào cổ phiếu ngân hàng và bất động sản. Các chuyên gia nhận định diễn biến lãi suất tại Mỹ và đồng USD mạnh lên là những yếu tố chính khiến nhà đầu tư nước ngoài rút vốn khỏi các thị trường mới nổi, trong đó có Thái Lan và Indonesia.",
  parties="US TH ID", cat="distractor",
  amt=[M(18500000000000, "VND", True), M(700000000000, "VND", True)],
  dates=[D("3/11", "--11-03")])

P("vi-057",
  "Các nhà lãnh đạo ASEAN và Nhật Bản ngày 17/12 đã thông qua Tuyên bố Tầm nhìn chung về quan hệ hữu nghị và hợp tác cùng Kế hoạch thực hiện, tại Hội nghị Cấp cao kỷ niệm 50 năm quan hệ hai bên diễn ra ở Tokyo. Hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Các nhà lãnh đạo cũng cam kết tăng cường hợp tác về an ninh hàng hải, kinh tế số, ứng phó biến đổi khí hậu và giao lưu nhân dân. Thủ tướng Kishida Fumio công bố Nhật Bản sẽ đóng góp thêm 15 tỷ Yên cho Quỹ hội nhập Nhật Bản - ASEAN.",
  parties="ASEAN JP", forums="asean", areas="defence-security digital-technology climate-environment education-culture",
  agr=[A("consensus", "thông qua Tuyên bố Tầm nhìn chung", "ASEAN JP", ""),
       A("plan", "Kế hoạch thực hiện", "ASEAN JP", "", alt="consensus"),
       A("other", "nhất trí nâng cấp quan hệ", "ASEAN JP", "", alt="consensus"),
       A("commitment", "cam kết", "ASEAN JP", "defence-security digital-technology climate-environment education-culture"),
       A("loan-or-aid", "sẽ đóng góp thêm", "JP ASEAN", "")],
  amt=[M(15000000000, "JPY")],
  dates=[D("ngày 17/12", "--12-17")])

P("vi-058",
  "Tiếp Chủ tịch Quốc hội Mông Cổ Gombojav Zandanshatar tại Hà Nội chiều 6/6, Chủ tịch nước Võ Văn Thưởng đề nghị hai bên khai thác tiềm năng hợp tác trong các lĩnh vực nông nghiệp và du lịch, đồng thời mong muốn Mông Cổ tạo điều kiện để doanh nghiệp Việt Nam đầu tư vào ngành chăn nuôi. Ông Zandanshatar khẳng định Quốc hội Mông Cổ sẵn sàng thúc đẩy hợp tác giáo dục, trong đó có việc tăng số suất học bổng dành cho sinh viên Việt Nam.",
  parties="MN VN", areas="agriculture tourism investment-finance education-culture", cat="near",
  dates=[D("6/6", "--06-06")])

P("vi-059",
  "Cơ quan Mua sắm Vũ khí Ba Lan và Tập đoàn Hyundai Rotem của Hàn Quốc ngày 1/12 đã ký hợp đồng trị giá 2,6 tỷ USD về việc cung cấp 180 xe tăng K2, trong đó một phần sẽ được sản xuất tại Ba Lan. Lễ ký diễn ra tại Warsaw với sự chứng kiến của Bộ trưởng Quốc phòng Ba Lan Mariusz Blaszczak và Bộ trưởng Quốc phòng Hàn Quốc Shin Won-sik. Ngân hàng Xuất nhập khẩu Hàn Quốc cũng ký thỏa thuận tín dụng trị giá 6,2 tỷ USD để hỗ trợ phía Ba Lan thanh toán các hợp đồng mua sắm quốc phòng.",
  parties="PL KR", areas="defence-security",
  agr=[A("signing", "ký hợp đồng", "PL KR", "defence-security"),
       A("loan-or-aid", "ký thỏa thuận tín dụng", "KR PL", "defence-security", alt="signing")],
  amt=[M(2600000000, "USD"), M(6200000000, "USD")],
  dates=[D("ngày 1/12", "--12-01")])

P("vi-060",
  "Thành phố San Francisco (Mỹ) đã chi khoảng 30 triệu USD để chỉnh trang đường phố và tăng cường an ninh trước thềm Tuần lễ Cấp cao APEC diễn ra từ ngày 11/11. Khoảng 20.000 đại biểu, phóng viên và doanh nhân từ 21 nền kinh tế thành viên dự kiến có mặt, trong đó có đoàn của Trung Quốc, Nhật Bản và Mexico. Giới chức thành phố cho biết nhiều khách sạn ở trung tâm đã kín phòng từ cuối tháng 10.",
  parties="US CN JP MX", forums="apec", cat="distractor",
  amt=[M(30000000, "USD", True)],
  dates=[D("ngày 11/11", "--11-11"), D("tháng 10", "--10")])

P("vi-061",
  "Ngày 9/9, Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) lần thứ 18 tại New Delhi đã thông qua Tuyên bố chung của các nhà lãnh đạo, trong đó cam kết nỗ lực tăng gấp ba công suất năng lượng tái tạo toàn cầu vào năm 2030 và thúc đẩy cải cách các ngân hàng phát triển đa phương. Cũng tại hội nghị do Thủ tướng Ấn Độ Narendra Modi chủ trì, Liên minh châu Phi chính thức trở thành thành viên thường trực của nhóm, bên cạnh 19 nền kinh tế và Liên minh châu Âu.",
  parties="IN AFU EU", forums="g20:18", areas="energy investment-finance",
  agr=[A("consensus", "thông qua Tuyên bố chung", "IN EU AFU", ""),
       A("commitment", "cam kết", "IN EU AFU", "energy investment-finance")],
  dates=[D("Ngày 9/9", "--09-09"), D("năm 2030", "2030")])

P("vi-062",
  "Ngày 27/2, tại Hà Nội, Ngân hàng Xuất nhập khẩu Hàn Quốc, đại diện Quỹ Hợp tác phát triển kinh tế Hàn Quốc (EDCF), và Bộ Tài chính đã ký hiệp định vay trị giá 68 triệu USD cho dự án xây dựng hệ thống xử lý nước thải tại thành phố Hạ Long, tỉnh Quảng Ninh. Theo đại diện EDCF, đây là dự án môi trường thứ ba của quỹ tại Quảng Ninh, nâng tổng vốn ODA mà Hàn Quốc cam kết dành cho Việt Nam qua kênh EDCF lên khoảng 1,5 tỷ USD. Phía Việt Nam bố trí vốn đối ứng khoảng 340 tỷ đồng.",
  parties="KR VN", areas="climate-environment",
  agr=[A("loan-or-aid", "ký hiệp định vay", "KR VN", "climate-environment", alt="signing")],
  amt=[M(68000000, "USD"), M(1500000000, "USD", True), M(340000000000, "VND", True)],
  dates=[D("Ngày 27/2", "--02-27")])

P("vi-063",
  "Nắng nóng gay gắt tiếp tục bao trùm nhiều khu vực của Ấn Độ và Pakistan trong tuần qua, với nhiệt độ tại thủ đô New Delhi ghi nhận 47,4 độ C hôm 28/5. Cơ quan Khí tượng Ấn Độ cảnh báo tình trạng này có thể kéo dài đến giữa tháng 6, trong khi chính quyền tỉnh Sindh của Pakistan yêu cầu các trường học đóng cửa. Giá điện giao ngay tại Ấn Độ tăng vọt do nhu cầu làm mát tăng cao.",
  parties="IN PK", cat="distractor",
  dates=[D("tuần qua", None), D("hôm 28/5", "--05-28"), D("tháng 6", "--06")])

P("vi-064",
  "Quỹ Nhi đồng Liên hợp quốc (UNICEF) và Chính phủ Nhật Bản ngày 14/3 đã ký công hàm trao đổi về khoản viện trợ không hoàn lại trị giá 3,2 triệu USD nhằm hỗ trợ tiêm chủng mở rộng và cải thiện dinh dưỡng cho trẻ em tại Myanmar và Bangladesh. Khoản viện trợ sẽ được giải ngân thông qua các văn phòng quốc gia của UNICEF trong năm 2024, ưu tiên các cộng đồng dễ bị tổn thương ở vùng biên giới hai nước.",
  parties="UNICEF JP MM BD", areas="health",
  agr=[A("loan-or-aid", "ký công hàm trao đổi về khoản viện trợ không hoàn lại", "UNICEF JP MM BD", "health", alt="signing")],
  amt=[M(3200000, "USD")],
  dates=[D("ngày 14/3", "--03-14"), D("năm 2024", "2024")])

P("vi-065",
  "Bộ trưởng Thương mại Australia Don Farrell ngày 29/10 cho biết Canberra và Brussels không đạt được thỏa thuận về hiệp định thương mại tự do sau cuộc gặp với Ủy viên Thương mại EU Valdis Dombrovskis bên lề Hội nghị Bộ trưởng Thương mại G7 tại Osaka (Nhật Bản). Theo ông Farrell, đề xuất của EU về hạn ngạch thịt bò, thịt cừu và đường chưa đem lại lợi ích thương mại đáng kể cho nông dân Australia. Hai bên vẫn để ngỏ khả năng nối lại đàm phán trong năm tới.",
  parties="AU EU JP", forums="g7", areas="trade agriculture", cat="negated",
  dates=[D("ngày 29/10", "--10-29"), D("năm tới", None)])

P("vi-066",
  "Ngày 21/11, tại Viêng Chăn, Bộ trưởng Giao thông vận tải của Lào, Thái Lan và Trung Quốc đã ký bản ghi nhớ ba bên về kết nối tuyến đường sắt Lào - Trung Quốc với mạng lưới đường sắt của Thái Lan qua cây cầu mới bắc qua sông Mekong tại Nong Khai. Các bên nhất trí thành lập nhóm công tác chung để hài hòa tiêu chuẩn kỹ thuật và thủ tục hải quan, hướng tới đưa tuyến vận tải hàng hóa xuyên biên giới vào hoạt động vào năm 2028. Theo phía Lào, tuyến đường sắt Lào - Trung Quốc đã vận chuyển hơn 4 triệu tấn hàng hóa kể từ khi khai trương vào tháng 12 năm 2021.",
  parties="LA TH CN", areas="infrastructure standards trade",
  agr=[A("memorandum", "ký bản ghi nhớ ba bên", "LA TH CN", "infrastructure", alt="signing"),
       A("consensus", "nhất trí", "LA TH CN", "standards trade infrastructure")],
  dates=[D("Ngày 21/11", "--11-21"), D("năm 2028", "2028"), D("tháng 12 năm 2021", "2021-12")])

P("vi-067",
  "Bộ Y tế Singapore ngày 15/12 cho biết số ca mắc Covid-19 trong tuần qua tăng lên khoảng 56.000 ca, chủ yếu do biến thể JN.1. Malaysia và Indonesia cũng ghi nhận số ca mắc tăng, khiến Jakarta khuyến cáo người dân hạn chế đến Singapore và Malaysia trong kỳ nghỉ lễ cuối năm. Tổ chức Y tế Thế giới (WHO) xếp JN.1 vào nhóm biến thể cần quan tâm nhưng đánh giá rủi ro đối với sức khỏe cộng đồng ở mức thấp.",
  parties="SG MY ID WHO", cat="distractor",
  dates=[D("ngày 15/12", "--12-15"), D("tuần qua", None)])

P("vi-068",
  "Ban điều hành Quỹ Tiền tệ Quốc tế (IMF) ngày 12/12 đã thông qua đánh giá thứ nhất Chương trình Hỗ trợ Mở rộng dành cho Sri Lanka, cho phép giải ngân khoản vay thứ hai trị giá khoảng 337 triệu USD. Trước đó, Colombo đã đạt được thỏa thuận về nguyên tắc tái cơ cấu nợ với các chủ nợ song phương, trong đó có Ấn Độ, Nhật Bản và Pháp, cũng như với Ngân hàng Xuất nhập khẩu Trung Quốc. Tổng giá trị gói hỗ trợ của IMF dành cho Sri Lanka là 3 tỷ USD trong 4 năm.",
  parties="IMF LK IN JP FR CN", areas="investment-finance",
  agr=[A("loan-or-aid", "giải ngân khoản vay thứ hai", "IMF LK", ""),
       A("consensus", "đạt được thỏa thuận", "LK IN JP FR CN", "investment-finance")],
  amt=[M(337000000, "USD", True), M(3000000000, "USD")],
  dates=[D("ngày 12/12", "--12-12"), D("4 năm", "P4Y")])

P("vi-069",
  "Bên lề Đối thoại Shangri-La lần thứ 20 tại Singapore ngày 3/6, Bộ trưởng Quốc phòng Mỹ Lloyd Austin, Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu, Phó Thủ tướng kiêm Bộ trưởng Quốc phòng Australia Richard Marles và Bộ trưởng Quốc phòng Philippines Gilberto Teodoro đã có cuộc gặp bốn bên đầu tiên. Các bộ trưởng nhất trí tăng cường hợp tác quốc phòng và an ninh hàng hải, trong đó có việc tổ chức các cuộc tuần tra chung. Trong khi đó, Bộ trưởng Quốc phòng Trung Quốc Lý Thượng Phúc từ chối đề nghị gặp song phương của phía Mỹ.",
  parties="SG US JP AU PH CN", forums="shangri-la-dialogue:20", areas="defence-security",
  agr=[A("consensus", "nhất trí", "US JP AU PH", "defence-security")],
  dates=[D("ngày 3/6", "--06-03")])

P("vi-070",
  "Phát biểu tại Hội nghị Bộ trưởng Ngoại giao Diễn đàn Hợp tác Đông Á - Mỹ Latinh (FEALAC) lần thứ 10 tại Santo Domingo ngày 23/8, Thứ trưởng Ngoại giao Việt Nam Đỗ Hùng Việt đề nghị các nước thành viên tăng cường kết nối thương mại và đầu tư giữa hai khu vực, nhất là trong lĩnh vực nông sản và năng lượng tái tạo. Ngoại trưởng Cộng hòa Dominica Roberto Álvarez hoan nghênh sáng kiến của Việt Nam về tổ chức diễn đàn doanh nghiệp FEALAC, còn phía Mexico và Argentina bày tỏ mong muốn mở rộng hợp tác giáo dục.",
  parties="VN DO MX AR", forums="fealac:10", areas="trade investment-finance agriculture energy education-culture", cat="near",
  dates=[D("ngày 23/8", "--08-23")])

P("vi-071",
  "Ngân hàng Dự trữ Ấn Độ và Ngân hàng Trung ương Các Tiểu vương quốc Ả Rập Thống nhất ngày 15/7 đã ký bản ghi nhớ về việc sử dụng đồng rupee và đồng dirham trong thanh toán thương mại song phương. Lễ ký diễn ra tại Abu Dhabi với sự chứng kiến của Thủ tướng Ấn Độ Narendra Modi và Tổng thống UAE Mohamed bin Zayed Al Nahyan. Hai nhà lãnh đạo cũng nhất trí phấn đấu nâng kim ngạch thương mại phi dầu mỏ lên 100 tỷ USD vào năm 2030.",
  parties="IN AE", areas="investment-finance trade",
  agr=[A("memorandum", "ký bản ghi nhớ", "IN AE", "investment-finance trade", alt="signing"),
       A("consensus", "nhất trí", "IN AE", "trade")],
  amt=[M(100000000000, "USD")],
  dates=[D("ngày 15/7", "--07-15"), D("năm 2030", "2030")])

P("vi-072",
  "Với 446/453 đại biểu tán thành, Quốc hội ngày 10/11 đã thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2024, trong đó tổng thu cân đối ngân sách khoảng 1.700.988 tỷ đồng và tổng chi khoảng 2.119.828 tỷ đồng. Bội chi ngân sách được xác định ở mức 3,6% GDP. Quốc hội cũng đồng ý bố trí khoảng 2.000 tỷ đồng để thực hiện chính sách tăng lương cơ sở cho cán bộ, công chức từ ngày 1/7/2024.",
  parties="", cat="distractor",
  amt=[M(1700988000000000, "VND", True), M(2119828000000000, "VND", True), M(2000000000000, "VND", True)],
  dates=[D("ngày 10/11", "--11-10"), D("năm 2024", "2024"), D("ngày 1/7/2024", "2024-07-01")])

P("vi-073",
  "Tổng thống Hàn Quốc Yoon Suk Yeol và Tổng thống Uzbekistan Shavkat Mirziyoyev đã hội đàm tại Tashkent ngày 14/6 và ra tuyên bố chung, trong đó hai bên nhất trí mở rộng hợp tác trong các lĩnh vực y tế, năng lượng sạch và giao thông. Dịp này, Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) ký thỏa thuận tài trợ 25 triệu USD cho dự án số hóa hệ thống quản lý bệnh viện của Uzbekistan, trong khi Ngân hàng Xuất nhập khẩu Hàn Quốc cam kết cung cấp khoản tín dụng 1 tỷ USD cho các dự án hạ tầng trong 3 năm tới.",
  parties="KR UZ", areas="health energy infrastructure digital-technology",
  agr=[A("consensus", "nhất trí", "KR UZ", "health energy infrastructure"),
       A("loan-or-aid", "ký thỏa thuận tài trợ", "KR UZ", "health digital-technology", alt="signing"),
       A("loan-or-aid", "cam kết cung cấp khoản tín dụng", "KR UZ", "infrastructure", alt="commitment")],
  amt=[M(25000000, "USD"), M(1000000000, "USD")],
  dates=[D("ngày 14/6", "--06-14"), D("3 năm tới", "P3Y")])

P("vi-074",
  "Hội nghị thượng đỉnh Liên minh châu Âu - Trung Quốc lần thứ 24 tại Bắc Kinh ngày 7/12 kết thúc mà hai bên không ký bất kỳ văn kiện hợp tác nào và cũng không ra tuyên bố chung. Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết EU lo ngại về mức thâm hụt thương mại gần 400 tỷ euro với Trung Quốc, trong khi phía Trung Quốc đề nghị EU nới lỏng các hạn chế xuất khẩu hàng công nghệ cao. Hai bên chỉ nhất trí duy trì các cơ chế đối thoại cấp cao về kinh tế và thương mại.",
  parties="EU CN", forums="eu-china-summit:24", areas="trade", cat="negated",
  agr=[A("consensus", "nhất trí", "EU CN", "trade")],
  amt=[M(400000000000, "EUR", True)],
  dates=[D("ngày 7/12", "--12-07")])

P("vi-075",
  "Tại Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16 ngày 13/7 ở Jakarta, Bộ trưởng Ngoại giao Nhật Bản Hayashi Yoshimasa cùng ngoại trưởng Campuchia, Lào, Myanmar, Thái Lan và Việt Nam nhất trí đẩy mạnh hợp tác trong ba trụ cột gồm kết nối hạ tầng chất lượng cao, phát triển nguồn nhân lực và ứng phó biến đổi khí hậu. Nhật Bản cam kết tiếp tục hỗ trợ các nước Mekong thông qua các khoản vay ODA và viện trợ kỹ thuật của JICA.",
  parties="JP KH LA MM TH VN", forums="mekong-japan:16", areas="infrastructure education-culture climate-environment",
  agr=[A("consensus", "nhất trí", "JP KH LA MM TH VN", "infrastructure education-culture climate-environment"),
       A("loan-or-aid", "cam kết tiếp tục hỗ trợ các nước Mekong thông qua các khoản vay ODA", "JP KH LA MM TH VN", "", alt="commitment")],
  dates=[D("ngày 13/7", "--07-13")])

P("vi-076",
  "Giá gạo xuất khẩu 5% tấm của Việt Nam ngày 22/8 được chào bán ở mức 630 USD/tấn, cao nhất kể từ năm 2008, sau khi Ấn Độ cấm xuất khẩu gạo trắng phi basmati từ tháng 7. Các thương nhân tại Bangkok cho biết giá gạo Thái Lan cùng loại cũng tăng lên 640 USD/tấn, trong khi Philippines và Indonesia đẩy mạnh thu mua để bổ sung kho dự trữ quốc gia.",
  parties="VN IN TH PH ID", cat="distractor",
  amt=[M(630, "USD"), M(640, "USD")],
  dates=[D("ngày 22/8", "--08-22"), D("năm 2008", "2008"), D("tháng 7", "--07")])

P("vi-077",
  "Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Tổng thống Ai Cập Abdel Fattah al-Sisi ngày 17/3 tại Cairo đã ký tuyên bố chung nâng cấp quan hệ EU - Ai Cập lên Đối tác chiến lược và toàn diện, kèm theo gói hỗ trợ tài chính trị giá 7,4 tỷ euro đến năm 2027. Trong đó, 5 tỷ euro là các khoản vay ưu đãi hỗ trợ ngân sách, 1,8 tỷ euro dành cho đầu tư vào năng lượng tái tạo và cơ sở hạ tầng, phần còn lại dành cho giáo dục và đào tạo nghề. Thủ tướng Italy Giorgia Meloni và Thủ tướng Hy Lạp Kyriakos Mitsotakis cùng tham dự lễ ký.",
  parties="EU EG IT GR", areas="investment-finance energy infrastructure education-culture",
  agr=[A("other", "ký tuyên bố chung nâng cấp quan hệ", "EU EG", "", alt="signing"),
       A("loan-or-aid", "gói hỗ trợ tài chính", "EU EG", "investment-finance energy infrastructure education-culture")],
  amt=[M(7400000000, "EUR"), M(5000000000, "EUR"), M(1800000000, "EUR")],
  dates=[D("ngày 17/3", "--03-17"), D("năm 2027", "2027")])

P("vi-078",
  "Tại Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) ở Astana (Kazakhstan) ngày 4/7, Chủ tịch Trung Quốc Tập Cận Bình đề xuất thành lập ngân hàng phát triển của SCO và kêu gọi các nước thành viên mở rộng sử dụng đồng nội tệ trong thanh toán. Tổng thống Nga Vladimir Putin bày tỏ ủng hộ đề xuất này, trong khi Ấn Độ, với phái đoàn do Ngoại trưởng S. Jaishankar dẫn đầu, chưa đưa ra quan điểm. Các nhà lãnh đạo cũng thảo luận về tình hình Afghanistan và hợp tác chống khủng bố.",
  parties="KZ CN RU IN AF", forums="sco", areas="investment-finance defence-security", cat="near",
  dates=[D("ngày 4/7", "--07-04")])

P("vi-079",
  "Hội nghị Cấp cao ASEAN lần thứ 43 bế mạc tại Jakarta ngày 7/9, với việc các nhà lãnh đạo thông qua hơn 90 văn kiện, trong đó có Tuyên bố về hợp tác y tế dự phòng và Kế hoạch hành động về an ninh lương thực. Các nhà lãnh đạo ASEAN cũng nhất trí Philippines sẽ đảm nhận vai trò Chủ tịch ASEAN năm 2026 thay cho Myanmar, đồng thời cam kết hỗ trợ Timor-Leste sớm trở thành thành viên đầy đủ của Hiệp hội.",
  parties="ASEAN PH MM TL", forums="asean:43", areas="health agriculture",
  agr=[A("consensus", "thông qua hơn 90 văn kiện", "ASEAN", "health agriculture"),
       A("plan", "Kế hoạch hành động", "ASEAN", "agriculture", alt="consensus"),
       A("consensus", "nhất trí", "ASEAN", ""),
       A("commitment", "cam kết", "ASEAN TL", "")],
  dates=[D("ngày 7/9", "--09-07"), D("năm 2026", "2026")])

P("vi-080",
  "Đội tuyển Việt Nam để thua Iraq 0-1 trên sân Mỹ Đình tối 21/11 ở lượt trận thứ hai vòng loại World Cup khu vực châu Á, trong khi Indonesia bất ngờ cầm hòa Philippines. Liên đoàn Bóng đá Việt Nam cho biết doanh thu bán vé trận đấu đạt khoảng 6 tỷ đồng. Trận tiếp theo của đội tuyển sẽ diễn ra vào tháng 3 năm 2024 với đối thủ Indonesia.",
  parties="VN IQ ID PH", cat="distractor",
  amt=[M(6000000000, "VND", True)],
  dates=[D("21/11", "--11-21"), D("tháng 3 năm 2024", "2024-03")])

P("vi-081",
  "Các bộ trưởng của 11 nước thành viên Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) đã ký nghị định thư kết nạp Vương quốc Anh tại Auckland ngày 16/7, đưa Anh trở thành thành viên đầu tiên ngoài khu vực châu Á - Thái Bình Dương tham gia hiệp định thương mại tự do này. Hội đồng CPTPP, do Bộ trưởng Thương mại New Zealand Damien O'Connor chủ trì, cũng nhất trí thành lập nhóm công tác xem xét đơn xin gia nhập của Costa Rica. Theo ước tính của London, việc gia nhập giúp tăng GDP của Anh khoảng 2 tỷ bảng Anh mỗi năm.",
  parties="GB NZ CR", forums="cptpp", areas="trade",
  agr=[A("signing", "ký nghị định thư kết nạp", "GB NZ", "trade"),
       A("consensus", "nhất trí", "NZ", "trade")],
  amt=[M(2000000000, "GBP", True)],
  dates=[D("ngày 16/7", "--07-16")])

P("vi-082",
  "Thủ tướng Thái Lan Srettha Thavisin ngày 2/10 nhất trí với báo cáo của Bộ Thương mại về kế hoạch xúc tiến xuất khẩu sang Trung Quốc và Trung Đông, đồng thời giao Bộ Ngoại giao nghiên cứu khả năng miễn thị thực cho du khách Ấn Độ và Đài Loan. Theo báo cáo, kim ngạch xuất khẩu của Thái Lan trong tháng 8 đạt 24,3 tỷ USD, tăng 2,6% so với cùng kỳ năm trước.",
  parties="TH CN IN TW", cat="near",
  amt=[M(24300000000, "USD")],
  dates=[D("ngày 2/10", "--10-02"), D("tháng 8", "--08"), D("năm trước", None)])

P("vi-083",
  "Ả Rập Xê Út và Iran ngày 10/3 đã đạt được thỏa thuận nối lại quan hệ ngoại giao và mở lại đại sứ quán trong thời gian sớm nhất, sau các cuộc đàm phán kín tại Bắc Kinh với sự trung gian của Trung Quốc. Theo tuyên bố chung của ba nước, Riyadh và Tehran cũng nhất trí kích hoạt lại thỏa thuận hợp tác an ninh từ năm 2001. Liên hợp quốc, Iraq và Oman hoan nghênh bước đi này.",
  parties="SA IR CN UN IQ OM", areas="defence-security",
  agr=[A("consensus", "đạt được thỏa thuận", "SA IR", ""),
       A("consensus", "nhất trí", "SA IR", "defence-security")],
  dates=[D("ngày 10/3", "--03-10"), D("năm 2001", "2001")])

P("vi-084",
  "Lễ hội Pháo hoa quốc tế Đà Nẵng sẽ khai mạc tối 8/6 với sự tham gia của 8 đội đến từ Pháp, Ba Lan, Phần Lan, Italy, Anh, Hàn Quốc, Mỹ và Việt Nam. Ban tổ chức cho biết tổng kinh phí tổ chức lễ hội khoảng 50 tỷ đồng, phần lớn do các doanh nghiệp trong nước tài trợ. Đêm chung kết dự kiến diễn ra vào ngày 13/7 với màn trình diễn của đội chủ nhà.",
  parties="FR PL FI IT GB KR US VN", cat="distractor",
  amt=[M(50000000000, "VND", True)],
  dates=[D("8/6", "--06-08"), D("ngày 13/7", "--07-13")])

P("vi-085",
  "Ban Thư ký Ủy hội sông Mekong quốc tế (MRC) và Bộ Thủy lợi Trung Quốc ngày 29/11 đã ký bản ghi nhớ về chia sẻ dữ liệu mực nước và lượng mưa quanh năm từ các trạm quan trắc trên dòng chính sông Lan Thương, thay vì chỉ trong mùa lũ như trước đây. Các nước thành viên MRC gồm Campuchia, Lào, Thái Lan và Việt Nam hoan nghênh văn kiện, coi đây là bước tiến trong quản lý bền vững tài nguyên nước xuyên biên giới.",
  parties="MRC CN KH LA TH VN", areas="climate-environment",
  agr=[A("memorandum", "ký bản ghi nhớ", "MRC CN", "climate-environment", alt="signing")],
  dates=[D("ngày 29/11", "--11-29")])

P("vi-086",
  "Theo nguồn tin từ Bộ Ngoại giao Indonesia, Tổng thống Joko Widodo và Thủ tướng Australia Anthony Albanese dự kiến ký thỏa thuận hợp tác quốc phòng mới trong chuyến thăm Canberra vào tháng 2, thay thế hiệp ước an ninh Lombok có hiệu lực từ năm 2008. Hai nhà lãnh đạo cũng sẽ ra mắt lộ trình hợp tác về chuyển đổi năng lượng và chuỗi cung ứng pin xe điện nhằm tận dụng trữ lượng niken của Indonesia và lithium của Australia.",
  parties="ID AU", areas="defence-security energy trade", cat="planned",
  agr=[A("signing", "dự kiến ký thỏa thuận", "ID AU", "defence-security"),
       A("plan", "sẽ ra mắt lộ trình", "ID AU", "energy trade")],
  dates=[D("tháng 2", "--02"), D("năm 2008", "2008")])

P("vi-087",
  "Ngày 9/1, tại Viêng Chăn, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm và chứng kiến lễ ký Hiệp định hợp tác song phương giữa hai Chính phủ năm 2024, theo đó Việt Nam dành cho Lào khoản viện trợ không hoàn lại trị giá 1.200 tỷ đồng, tập trung vào đào tạo nguồn nhân lực và các dự án nông nghiệp. Hai Thủ tướng nhất trí đẩy nhanh tiến độ xây dựng đường cao tốc Viêng Chăn - Hà Nội và cảng Vũng Áng, phấn đấu đưa kim ngạch thương mại hai chiều tăng ít nhất 10% mỗi năm.",
  parties="VN LA", areas="education-culture agriculture infrastructure trade",
  agr=[A("signing", "ký Hiệp định hợp tác song phương", "VN LA", "education-culture agriculture"),
       A("loan-or-aid", "khoản viện trợ không hoàn lại", "VN LA", "education-culture agriculture"),
       A("consensus", "nhất trí", "VN LA", "infrastructure trade")],
  amt=[M(1200000000000, "VND")],
  dates=[D("Ngày 9/1", "--01-09"), D("năm 2024", "2024")])

P("vi-088",
  "Người phát ngôn Nhà Trắng Karine Jean-Pierre ngày 2/9 thông báo Tổng thống Mỹ Joe Biden sẽ thăm Việt Nam vào ngày 10/9, ngay sau khi tham dự Hội nghị thượng đỉnh G20 tại New Delhi. Theo kế hoạch, ông Biden sẽ hội đàm với các lãnh đạo cấp cao của Việt Nam tại Hà Nội và gặp gỡ cộng đồng doanh nghiệp hai nước.",
  parties="US VN", forums="g20", cat="distractor",
  dates=[D("ngày 2/9", "--09-02"), D("ngày 10/9", "--09-10")])

P("vi-089",
  "Tại Đối thoại An ninh cấp cao Mỹ - Mexico lần thứ ba diễn ra ở Washington ngày 13/10, Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Mexico Alicia Bárcena nhất trí triển khai kế hoạch hành động chung nhằm ngăn chặn dòng chảy ma túy tổng hợp fentanyl và vũ khí bất hợp pháp qua biên giới. Phía Mỹ cam kết hỗ trợ Mexico 20 triệu USD để nâng cấp các phòng thí nghiệm pháp y và hệ thống giám sát tại các cửa khẩu.",
  parties="US MX", forums="us-mexico-security-dialogue:3", areas="defence-security",
  agr=[A("plan", "nhất trí triển khai kế hoạch hành động chung", "US MX", "defence-security", alt="consensus"),
       A("loan-or-aid", "cam kết hỗ trợ Mexico 20 triệu USD", "US MX", "defence-security", alt="commitment")],
  amt=[M(20000000, "USD")],
  dates=[D("ngày 13/10", "--10-13")])

P("vi-090",
  "Trong cuộc điện đàm ngày 18/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ Hakan Fidan đã thảo luận các biện pháp thúc đẩy quan hệ hai nước, trong đó có việc sớm khởi động đàm phán hiệp định thương mại tự do song phương. Bộ trưởng Bùi Thanh Sơn đề nghị phía Thổ Nhĩ Kỳ tạo điều kiện cho hàng nông sản, thủy sản Việt Nam tiếp cận thị trường, còn ông Fidan cho biết Ankara sẵn sàng tăng cường hợp tác trong lĩnh vực công nghiệp quốc phòng và xây dựng.",
  parties="TR VN", areas="trade agriculture defence-security infrastructure", cat="near",
  dates=[D("ngày 18/4", "--04-18")])

P("vi-091",
  "Các bộ trưởng kinh tế của 15 nước thành viên Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) đã nhóm họp tại Semarang (Indonesia) ngày 20/8, bên lề Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 (AEM-55). Các bộ trưởng nhất trí thành lập Ban Thư ký hỗ trợ RCEP và thông qua thủ tục tiếp nhận thành viên mới, mở đường cho Hong Kong (Trung Quốc) và Sri Lanka, hai nền kinh tế đã nộp đơn gia nhập. Theo đánh giá của Ngân hàng Phát triển châu Á (ADB), RCEP có thể giúp thu nhập của các nước thành viên tăng thêm 0,6% vào năm 2030.",
  parties="ID HK CN LK ADB", forums="rcep aem:55",
  agr=[A("consensus", "nhất trí", "", "")],
  dates=[D("ngày 20/8", "--08-20"), D("năm 2030", "2030")])

P("vi-092",
  "Ngày 12/4, tại Hà Nội, Bộ trưởng Khoa học và Công nghệ Việt Nam Huỳnh Thành Đạt và Đại sứ Ấn Độ Sandeep Arya đã ký bản ghi nhớ về hợp tác nghiên cứu khoa học và ứng dụng công nghệ vũ trụ, theo đó phía Ấn Độ sẽ giúp xây dựng một trạm thu dữ liệu vệ tinh tại Thành phố Hồ Chí Minh. Hai bên cũng nhất trí tăng cường hợp tác lãnh sự và tư pháp, tạo thuận lợi cho việc đi lại của công dân hai nước. Theo kế hoạch, nhóm công tác chung sẽ họp lần đầu vào tháng 9.",
  parties="VN IN", areas="science other",
  agr=[A("memorandum", "ký bản ghi nhớ", "VN IN", "science", alt="signing"),
       A("consensus", "nhất trí", "VN IN", "other")],
  dates=[D("Ngày 12/4", "--04-12"), D("tháng 9", "--09")])

P("vi-093",
  "Bên lề Diễn đàn Du lịch ASEAN (ATF) lần thứ 42 tại Viêng Chăn ngày 25/1, Bộ trưởng Văn hóa, Thể thao và Du lịch Việt Nam Nguyễn Văn Hùng và Bộ trưởng Du lịch và Thể thao Thái Lan Sudawan Wangsuphakijkosol đã ký Kế hoạch hành động hợp tác du lịch giai đoạn mới, hướng tới mục tiêu đón 10 triệu lượt khách qua lại giữa hai nước mỗi năm. Các bộ trưởng du lịch ASEAN cũng nhất trí đẩy nhanh việc công nhận lẫn nhau tiêu chuẩn nghề du lịch và xây dựng bộ tiêu chuẩn chung cho du lịch xanh.",
  parties="VN TH ASEAN", forums="atf:42", areas="tourism standards",
  agr=[A("plan", "ký Kế hoạch hành động", "VN TH", "tourism", alt="signing"),
       A("consensus", "nhất trí", "ASEAN", "standards tourism")],
  dates=[D("ngày 25/1", "--01-25")])

# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

P("en-001",
  "WASHINGTON, April 11 - U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. agreed on Thursday to expand joint naval patrols in the South China Sea and to launch an economic corridor on Luzon that will channel investment into ports, railways and clean energy projects. In a joint vision statement issued after their first-ever trilateral summit, the three leaders also pledged to deepen cooperation on semiconductors and supply chains. Japan will provide the Philippine coast guard with five additional patrol vessels under a yen loan.",
  parties="US JP PH", forums="us-japan-philippines-summit:1",
  areas="defence-security infrastructure energy investment-finance digital-technology trade",
  agr=[A("consensus", "agreed", "US JP PH", "defence-security infrastructure energy investment-finance"),
       A("commitment", "pledged", "US JP PH", "digital-technology trade"),
       A("loan-or-aid", "yen loan", "JP PH", "defence-security")],
  dates=[D("April 11", "--04-11")])

P("en-002",
  "NEW DELHI, March 10 - India and the four-nation European Free Trade Association (EFTA) signed a trade and economic partnership agreement on Sunday under which Switzerland, Norway, Iceland and Liechtenstein committed to invest $100 billion in India over the next 15 years. In return, New Delhi will cut import duties on Swiss watches, chocolates and machinery over time. Trade Minister Piyush Goyal said the pact, the first India has signed with a European group, would help create a million jobs in manufacturing.",
  parties="IN EFTA CH NO IS LI", areas="trade investment-finance",
  agr=[A("signing", "signed a trade and economic partnership agreement", "IN EFTA", "trade investment-finance"),
       A("commitment", "committed to invest", "CH NO IS LI IN", "investment-finance")],
  amt=[M(100000000000, "USD")],
  dates=[D("March 10", "--03-10"), D("the next 15 years", "P15Y")])

P("en-003",
  "TOKYO, Oct 3 - The dollar climbed to 150 yen on Tuesday, the weakest level for the Japanese currency since October 2022, prompting Japan's top currency diplomat Masato Kanda to warn that authorities were watching the market with a strong sense of urgency. Traders in Singapore said the yen's slide reflected the wide gap between U.S. and Japanese interest rates. Tokyo spent about 6.3 trillion yen on intervention a year ago to prop up the currency.",
  parties="JP SG US", cat="distractor",
  amt=[M(150, "JPY"), M(6300000000000, "JPY", True)],
  dates=[D("Oct 3", "--10-03"), D("October 2022", "2022-10"), D("a year ago", None)])

P("en-004",
  "PORT MORESBY, Dec 7 - Australia and Papua New Guinea signed a security agreement on Thursday under which Canberra will provide 200 million Australian dollars ($132 million) over four years to help train and equip PNG's police force. Australian Prime Minister Anthony Albanese and PNG Prime Minister James Marape said the deal would also cover cooperation on cyber security and border management, as both countries seek to counter transnational crime in the Pacific.",
  parties="AU PG", areas="defence-security",
  agr=[A("signing", "signed a security agreement", "AU PG", "defence-security"),
       A("loan-or-aid", "will provide 200 million Australian dollars", "AU PG", "defence-security")],
  amt=[M(200000000, "AUD"), M(132000000, "USD")],
  dates=[D("Dec 7", "--12-07"), D("four years", "P4Y")])

P("en-005",
  "BEIJING, June 19 - U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Qin Gang held what both sides described as candid and constructive talks on Sunday, discussing ways to stabilise ties and restore communication channels between their militaries. Blinken said Washington hoped to resume cooperation on climate change and counter-narcotics, and invited Qin to visit the United States. China's foreign ministry said Beijing stood ready to work with Washington but urged it to stop interfering in Taiwan.",
  parties="US CN TW", areas="defence-security climate-environment", cat="near",
  dates=[D("June 19", "--06-19")])

P("en-006",
  "SEOUL, June 29 - South Korea and Japan agreed on Thursday to restore a bilateral currency swap arrangement worth $10 billion, years after it lapsed amid a diplomatic row. Finance Minister Choo Kyung-ho and his Japanese counterpart Shunichi Suzuki announced the deal after the ninth Korea-Japan finance ministers' dialogue in Busan, the first since 2016. The two ministers also pledged to cooperate on supply chain resilience and to coordinate closely at the G7 and G20.",
  parties="KR JP", forums="korea-japan-finance-dialogue:9 g7 g20", areas="investment-finance trade",
  agr=[A("consensus", "agreed", "KR JP", "investment-finance"),
       A("commitment", "pledged", "KR JP", "trade")],
  amt=[M(10000000000, "USD")],
  dates=[D("June 29", "--06-29"), D("2016", "2016")])

P("en-007",
  "Argentina beat France 4-2 on penalties after a 3-3 draw in the World Cup final at Lusail Stadium in Qatar on Dec. 18, 2022, giving Lionel Messi the one trophy that had eluded him. Morocco became the first African team to reach the semi-finals. FIFA said the tournament generated record revenue of $7.5 billion, while organisers put total attendance at 3.4 million.",
  parties="AR FR QA MA", cat="distractor",
  amt=[M(7500000000, "USD")],
  dates=[D("Dec. 18, 2022", "2022-12-18")])

P("en-008",
  "MELBOURNE, March 6 - Leaders of the Association of Southeast Asian Nations and Australia adopted the Melbourne Declaration on Wednesday at the close of a special summit marking 50 years of dialogue relations. The leaders agreed to strengthen maritime cooperation and accelerate the clean energy transition. Prime Minister Anthony Albanese announced a A$64 million package to support maritime security in Southeast Asia and a A$2bn investment financing facility to boost Australian business in the region.",
  parties="ASEAN AU", forums="asean", areas="defence-security energy investment-finance",
  agr=[A("consensus", "adopted the Melbourne Declaration", "ASEAN AU", ""),
       A("consensus", "agreed", "ASEAN AU", "defence-security energy"),
       A("loan-or-aid", "A$64 million package", "AU", "defence-security"),
       A("loan-or-aid", "investment financing facility", "AU", "investment-finance")],
  amt=[M(64000000, "AUD"), M(2000000000, "AUD")],
  dates=[D("March 6", "--03-06")])

P("en-009",
  "BRASILIA, Dec 7 - Brazilian President Luiz Inacio Lula da Silva said on Thursday he hoped the European Union and the Mercosur trade bloc could still conclude a free trade deal in the first half of next year, after talks stalled over French objections. Speaking at a Mercosur summit in Rio de Janeiro, Lula proposed that negotiators focus on environmental commitments and government procurement rules, while Paraguayan President Santiago Pena said his country stood ready to take the deal forward when it assumes the bloc's rotating presidency.",
  parties="BR EU MERCOSUR FR PY", forums="mercosur", areas="trade climate-environment", cat="near",
  dates=[D("Dec 7", "--12-07"), D("next year", None)])

P("en-010",
  "DUBAI, Nov 30 - Nearly 200 countries agreed on the opening day of the COP28 climate summit to launch a loss and damage fund to help vulnerable nations cope with the impact of climate change, with host United Arab Emirates and Germany each pledging $100 million. Britain committed up to 60 million pounds, the United States $17.5 million and Japan $10 million, bringing initial pledges to more than $400 million. The fund will be hosted by the World Bank for four years.",
  parties="AE DE GB US JP WB", forums="cop:28", areas="climate-environment",
  agr=[A("consensus", "agreed", "AE DE GB US JP", "climate-environment"),
       A("loan-or-aid", "pledging $100 million", "AE DE", "climate-environment", alt="commitment"),
       A("loan-or-aid", "committed", "GB US JP", "climate-environment", alt="commitment")],
  amt=[M(100000000, "USD"), M(60000000, "GBP"), M(17500000, "USD"), M(10000000, "USD"), M(400000000, "USD", True)],
  dates=[D("Nov 30", "--11-30"), D("four years", "P4Y")])

P("en-011",
  "MANILA, Oct 23 - Tropical storm Trami drenched the northern Philippines on Wednesday, forcing more than 30,000 people to flee their homes as rivers burst their banks in the Bicol region. The storm was forecast to move toward Vietnam's central coast after crossing the South China Sea, the Philippine weather agency said. Authorities in Hainan, China, suspended ferry services and ordered fishing boats back to port.",
  parties="PH VN CN", cat="distractor",
  dates=[D("Oct 23", "--10-23")])

P("en-012",
  "WASHINGTON, June 22 - U.S. engine maker General Electric signed a memorandum of understanding with state-run Hindustan Aeronautics Ltd to jointly produce fighter jet engines in India, a landmark deal unveiled during Indian Prime Minister Narendra Modi's state visit to the United States. In a joint statement, Modi and President Joe Biden also agreed to boost cooperation on semiconductors, quantum computing and space exploration.",
  parties="US IN", areas="defence-security digital-technology science",
  agr=[A("memorandum", "signed a memorandum of understanding", "US IN", "defence-security", alt="signing"),
       A("consensus", "agreed", "IN US", "digital-technology science")],
  dates=[D("June 22", "--06-22")])

P("en-013",
  "GENEVA, March 1 - World Trade Organization members failed to reach agreement on curbing harmful fisheries subsidies at the end of a ministerial conference in Abu Dhabi on Saturday, with India objecting to limits it said would hurt millions of poor fishermen. Director-General Ngozi Okonjo-Iweala said members had come close but a deal on agricultural reform also remained out of reach. The next ministerial conference will be held in Cameroon in 2026.",
  parties="WTO IN CM", forums="wto-mc", areas="agriculture", cat="negated",
  dates=[D("March 1", "--03-01"), D("2026", "2026")])

P("en-014",
  "NAIROBI, Sept 13 - Germany and Kenya signed a migration agreement on Friday that will allow skilled and semi-skilled Kenyan workers to take up jobs in Europe's largest economy, in return for faster returns of Kenyans who have no right to stay. German Chancellor Olaf Scholz and Kenyan President William Ruto also agreed to expand cooperation on renewable energy and green hydrogen, and Berlin pledged 112 million euros for climate adaptation projects in the East African country.",
  parties="DE KE", areas="labour energy climate-environment",
  agr=[A("signing", "signed a migration agreement", "DE KE", "labour"),
       A("consensus", "agreed", "DE KE", "energy"),
       A("loan-or-aid", "pledged 112 million euros", "DE KE", "climate-environment", alt="commitment")],
  amt=[M(112000000, "EUR")],
  dates=[D("Sept 13", "--09-13")])

P("en-015",
  "JOHANNESBURG, Aug 24 - The BRICS group of emerging economies agreed on Thursday to admit Saudi Arabia, Iran, Ethiopia, Egypt, Argentina and the United Arab Emirates as new members from Jan. 1, 2024, doubling the size of the bloc at its 15th summit. South African President Cyril Ramaphosa, the host, announced the decision alongside the leaders of Brazil, India and China, while Russian President Vladimir Putin joined by video link. Chinese President Xi Jinping called the expansion historic.",
  parties="SA IR ET EG AR AE ZA BR IN CN RU", forums="brics:15",
  agr=[A("consensus", "agreed", "ZA BR IN CN RU", "")],
  dates=[D("Aug 24", "--08-24"), D("Jan. 1, 2024", "2024-01-01")])

P("en-016",
  "NEW DELHI, Feb 1 - India raised capital expenditure by 11.1% to 11.11 trillion rupees ($133.9 billion) for the fiscal year starting April 1 in an interim budget presented by Finance Minister Nirmala Sitharaman, as the government sought to sustain growth ahead of a general election. The fiscal deficit target was cut to 5.1% of gross domestic product, and defence spending was set at 6.2 trillion rupees.",
  parties="IN", cat="distractor",
  amt=[M(11110000000000, "INR"), M(133900000000, "USD"), M(6200000000000, "INR")],
  dates=[D("Feb 1", "--02-01"), D("April 1", "--04-01")])

P("en-017",
  "BRASILIA, Nov 20 - Vietnam and Brazil upgraded their relations to a strategic partnership on Wednesday during a visit by Vietnamese Prime Minister Pham Minh Chinh, the first such visit since 2008. The two sides signed memoranda on agriculture and defence industry cooperation, and agreed to open their markets to each other's beef and fruit. Brazil's state development bank BNDES extended a $500 million credit line to finance Brazilian aircraft and machinery exports to Vietnam.",
  parties="VN BR", areas="agriculture defence-security trade",
  agr=[A("other", "upgraded their relations", "VN BR", ""),
       A("memorandum", "signed memoranda", "VN BR", "agriculture defence-security", alt="signing"),
       A("consensus", "agreed", "VN BR", "trade agriculture"),
       A("loan-or-aid", "extended a $500 million credit line", "BR VN", "trade")],
  amt=[M(500000000, "USD")],
  dates=[D("Nov 20", "--11-20"), D("2008", "2008")])

P("en-018",
  "BRUSSELS, Jan 26 - NATO Secretary General Jens Stoltenberg on Friday welcomed Turkey's ratification of Sweden's membership bid, saying it was time for Hungary to follow suit. Hungarian Prime Minister Viktor Orban invited his Swedish counterpart Ulf Kristersson to Budapest for talks, while Stockholm said it hoped the process would be completed soon.",
  parties="NATO TR SE HU", cat="near",
  dates=[D("Jan 26", "--01-26")])

P("en-019",
  "JAKARTA, Nov 21 - Indonesia on Tuesday unveiled a $20 billion investment plan under its Just Energy Transition Partnership (JETP) with rich nations led by the United States and Japan, setting out how to cut emissions from its coal-fired power sector and bring forward its net zero target to 2050. The Japan Bank for International Cooperation and the Asian Development Bank signed a separate agreement to provide up to $500 million in loans for the early retirement of the Cirebon-1 coal power plant.",
  parties="ID US JP ADB", forums="jetp", areas="energy climate-environment",
  agr=[A("plan", "unveiled a $20 billion investment plan", "ID US JP", "energy climate-environment"),
       A("loan-or-aid", "signed a separate agreement to provide up to $500 million in loans", "JP ADB ID", "energy climate-environment", alt="signing")],
  amt=[M(20000000000, "USD"), M(500000000, "USD")],
  dates=[D("Nov 21", "--11-21"), D("2050", "2050")])

P("en-020",
  "SAN FRANCISCO, Nov 15 - Protesters marched through downtown San Francisco on Wednesday as world leaders gathered for the Asia-Pacific Economic Cooperation summit, with police reporting more than a dozen arrests. Hotels near the Moscone Center were fully booked, and the city estimated the week-long event would bring about $53 million in visitor spending. Chinese President Xi Jinping's motorcade drew crowds of supporters and critics.",
  parties="CN", forums="apec", cat="distractor",
  amt=[M(53000000, "USD", True)],
  dates=[D("Nov 15", "--11-15")])

P("en-021",
  "RIYADH, Dec 8 - Saudi Arabia and China signed a comprehensive strategic partnership agreement on Thursday during a visit by President Xi Jinping, as well as 34 investment deals worth about $30 billion covering green hydrogen, information technology, transport and housing. Crown Prince Mohammed bin Salman and Xi also agreed to hold a summit between their leaders every two years. Xi later attended the first China-Gulf Cooperation Council summit, where he called for closer energy ties.",
  parties="SA CN", forums="china-gcc-summit:1", areas="investment-finance energy digital-technology infrastructure",
  agr=[A("signing", "signed a comprehensive strategic partnership agreement", "SA CN", "", alt="other"),
       A("signing", "34 investment deals", "SA CN", "investment-finance energy digital-technology infrastructure"),
       A("consensus", "agreed", "SA CN", "")],
  amt=[M(30000000000, "USD", True)],
  dates=[D("Dec 8", "--12-08")])

P("en-022",
  "UNITED NATIONS, Sept 20 - Ukrainian President Volodymyr Zelenskiy urged the U.N. Security Council on Wednesday to strip Russia of its veto power, after telling the U.N. General Assembly on Tuesday that Moscow was weaponising food and energy. U.N. Secretary-General Antonio Guterres opened the meeting. Brazilian President Luiz Inacio Lula da Silva, whose country holds a non-permanent seat, proposed reforms to make the council more representative, and the two leaders later discussed a possible peace framework on the sidelines of the 78th session.",
  parties="UA RU UN BR", forums="unsc unga:78", cat="near",
  dates=[D("Sept 20", "--09-20")])

P("en-023",
  "CAIRO, March 29 - The International Monetary Fund approved an expanded $8 billion loan programme for Egypt on Friday, unlocking an immediate disbursement of about $820 million after Cairo let its currency float and raised interest rates. The European Union also signed a 7.4 billion euro funding deal with Egypt this month, while the World Bank said it would provide more than $6 billion over the next three years.",
  parties="IMF EG EU WB",
  agr=[A("loan-or-aid", "approved an expanded $8 billion loan programme", "IMF EG", ""),
       A("loan-or-aid", "signed a 7.4 billion euro funding deal", "EU EG", "", alt="signing"),
       A("loan-or-aid", "would provide more than $6 billion", "WB EG", "")],
  amt=[M(8000000000, "USD"), M(820000000, "USD", True), M(7400000000, "EUR"), M(6000000000, "USD", True)],
  dates=[D("March 29", "--03-29"), D("this month", None), D("the next three years", "P3Y")])

P("en-024",
  "SEOUL, Jan 9 - Samsung Electronics estimated its quarterly operating profit fell 35% to 2.8 trillion won ($2.13 billion), missing analyst forecasts as weak demand for memory chips weighed on earnings. Rival SK Hynix is expected to report results on Jan. 25. Shares of Taiwan Semiconductor Manufacturing Co rose 1.2% in Taipei after the company said it would build a second plant in Japan.",
  parties="TW JP", cat="distractor",
  amt=[M(2800000000000, "KRW"), M(2130000000, "USD")],
  dates=[D("Jan 9", "--01-09"), D("Jan. 25", "--01-25")])

P("en-025",
  "WILMINGTON, Delaware, Sept 21 - Leaders of the Quad grouping of the United States, India, Japan and Australia agreed on Saturday to launch a joint coast guard mission in the Indo-Pacific next year and pledged to expand their cancer initiative, with India providing $7.5 million in radiotherapy equipment and vaccine doses for the region. Indian Prime Minister Narendra Modi said India would host the next Quad summit.",
  parties="US IN JP AU", forums="quad", areas="defence-security health",
  agr=[A("consensus", "agreed", "US IN JP AU", "defence-security"),
       A("commitment", "pledged", "US IN JP AU", "health"),
       A("loan-or-aid", "providing $7.5 million", "IN", "health")],
  amt=[M(7500000, "USD")],
  dates=[D("Sept 21", "--09-21"), D("next year", None)])

P("en-026",
  "TOKYO, Feb 14 - Japan, Britain and Italy are expected to sign an agreement on jointly developing a next-generation fighter jet when their defence ministers meet in Tokyo next month, government sources said Wednesday. The programme aims to deploy the aircraft by 2035, and the three countries will also discuss exports of the jet to third countries.",
  parties="JP GB IT", areas="defence-security", cat="planned",
  agr=[A("signing", "are expected to sign an agreement", "JP GB IT", "defence-security")],
  dates=[D("Feb 14", "--02-14"), D("next month", None), D("2035", "2035")])

P("en-027",
  "JAKARTA, July 14 - Foreign ministers from ASEAN, China, the United States, Japan, Russia and other members of the ASEAN Regional Forum (ARF) agreed on Friday to step up cooperation against maritime piracy, cyber crime and human trafficking, according to a chairman's statement, as the 30th session of the security forum wrapped up in the Indonesian capital. North Korea, which sent only its ambassador, rejected a call from South Korea to halt missile tests.",
  parties="ASEAN CN US JP RU ID KP KR", forums="arf:30", areas="defence-security",
  agr=[A("consensus", "agreed", "ASEAN CN US JP RU", "defence-security")],
  dates=[D("July 14", "--07-14")])

P("en-028",
  "LONDON, Oct 2 - King Charles and Queen Camilla will travel to Kenya later this month for a state visit, Buckingham Palace said on Monday, their first trip to an African country since his coronation. The visit to Nairobi and Mombasa will celebrate the close relationship between Britain and Kenya and acknowledge painful aspects of their shared history, the palace said.",
  parties="KE GB", cat="distractor",
  dates=[D("Oct 2", "--10-02"), D("this month", None)])

P("en-029",
  "PHNOM PENH, May 16 - The U.S. Agency for International Development (USAID) signed a $21 million grant agreement with Cambodia's Ministry of Health on Tuesday to strengthen the country's ability to detect and respond to infectious disease outbreaks. The grant is part of Washington's support under the Mekong-U.S. Partnership, through which it has provided more than $300 million to the region since 2020.",
  parties="US KH", forums="mekong-us-partnership", areas="health",
  agr=[A("loan-or-aid", "signed a $21 million grant agreement", "US KH", "health", alt="signing")],
  amt=[M(21000000, "USD"), M(300000000, "USD", True)],
  dates=[D("May 16", "--05-16"), D("2020", "2020")])

P("en-030",
  "BANGKOK, Jan 17 - Thailand and the European Union will hold a third round of free trade negotiations in Brussels next month, Thai Commerce Minister Phumtham Wechayachai said on Wednesday, adding that Bangkok hoped to conclude the talks by the end of 2025. The EU is Thailand's fourth-largest trading partner, with two-way trade worth about 1.3 trillion baht last year.",
  parties="TH EU", areas="trade", cat="near",
  amt=[M(1300000000000, "THB", True)],
  dates=[D("Jan 17", "--01-17"), D("next month", None), D("2025", "2025"), D("last year", None)])

P("en-031",
  "ASTANA, July 4 - Leaders of the Shanghai Cooperation Organisation signed the Astana Declaration on Thursday, pledging to strengthen cooperation on counter-terrorism, energy security and food security, and formally admitted Belarus as the bloc's 10th member. Chinese President Xi Jinping and Russian President Vladimir Putin attended the summit in person, while Indian Prime Minister Narendra Modi was represented by his foreign minister.",
  parties="SCO BY CN RU IN", forums="sco", areas="defence-security energy agriculture",
  agr=[A("signing", "signed the Astana Declaration", "SCO CN RU IN", ""),
       A("commitment", "pledging", "SCO CN RU IN", "defence-security energy agriculture")],
  dates=[D("July 4", "--07-04")])

P("en-032",
  "LONDON, Nov 30 - Oil prices fell more than 2% on Thursday as traders doubted that Saudi Arabia would deepen its own voluntary output cut ahead of an OPEC+ meeting, with Brent crude futures settling at $80.86 a barrel and U.S. West Texas Intermediate crude at $75.96. Analysts in Singapore said weak Chinese demand and rising non-OPEC supply would keep prices under pressure into next year.",
  parties="SA US SG CN", forums="opec", cat="distractor",
  amt=[M(80.86, "USD"), M(75.96, "USD")],
  dates=[D("Nov 30", "--11-30"), D("next year", None)])

P("en-033",
  "BRUSSELS, Dec 13 - The European Union and Chile signed an advanced framework agreement on Wednesday that will remove tariffs on almost all of their bilateral trade and secure European access to Chilean lithium and copper, key inputs for electric vehicle batteries. Chilean President Gabriel Boric and European Commission President Ursula von der Leyen also signed a memorandum of understanding on renewable hydrogen, under which the EU will mobilise 225 million euros through its Global Gateway strategy.",
  parties="EU CL", areas="trade energy",
  agr=[A("signing", "signed an advanced framework agreement", "EU CL", "trade"),
       A("memorandum", "signed a memorandum of understanding", "EU CL", "energy", alt="signing"),
       A("loan-or-aid", "will mobilise 225 million euros", "EU CL", "energy")],
  amt=[M(225000000, "EUR")],
  dates=[D("Dec 13", "--12-13")])

P("en-034",
  "CANBERRA, Aug 2 - Australian Treasurer Jim Chalmers said on Wednesday he agreed with the findings of a review of the Reserve Bank of Australia that recommended a separate monetary policy board, and that he had discussed the reforms with New Zealand's finance minister at a meeting in Sydney. Both ministers said they hoped to deepen cooperation on financial regulation and payment systems.",
  parties="AU NZ", areas="investment-finance", cat="near",
  dates=[D("Aug 2", "--08-02")])

P("en-035",
  "HANOI, Jan 24 - Japan will extend a yen loan of up to 41.4 billion yen ($280 million) to Vietnam for a climate change adaptation project in the Mekong Delta, the Japan International Cooperation Agency said Wednesday, after the two governments exchanged notes in Hanoi. The project will help communities cope with saltwater intrusion and flooding. Japan is Vietnam's largest bilateral donor, having provided about 3.5 trillion yen in official development assistance since 1992.",
  parties="JP VN", areas="climate-environment",
  agr=[A("loan-or-aid", "will extend a yen loan", "JP VN", "climate-environment")],
  amt=[M(41400000000, "JPY"), M(280000000, "USD"), M(3500000000000, "JPY", True)],
  dates=[D("Jan 24", "--01-24"), D("1992", "1992")])

P("en-036",
  "SEOUL, June 20 - Russia and North Korea signed a comprehensive strategic partnership treaty during President Vladimir Putin's visit to Pyongyang on Wednesday, pledging to provide immediate military assistance if either is attacked, state media said. The two sides also agreed to expand cooperation in health, education and tourism, and to build a road bridge across the Tumen River. South Korea and Japan expressed grave concern over the pact.",
  parties="RU KP KR JP", areas="defence-security health education-culture tourism infrastructure",
  agr=[A("signing", "signed a comprehensive strategic partnership treaty", "RU KP", "defence-security", alt="other"),
       A("commitment", "pledging", "RU KP", "defence-security"),
       A("consensus", "agreed", "RU KP", "health education-culture tourism infrastructure")],
  dates=[D("June 20", "--06-20")])

P("en-037",
  "BENGALURU, Aug 23 - India became the first country to land a spacecraft near the moon's south pole on Wednesday, days after a Russian probe crashed in the same region. The Indian Space Research Organisation said the Chandrayaan-3 mission cost about 6.15 billion rupees ($74 million), less than the budget of many Hollywood films.",
  parties="IN RU", cat="distractor",
  amt=[M(6150000000, "INR", True), M(74000000, "USD")],
  dates=[D("Aug 23", "--08-23")])

P("en-038",
  "SEOUL, June 4 - South Korea pledged $10 billion in development aid to Africa through 2030 and agreed with African leaders to cooperate on agriculture and digital technology at the first-ever Korea-Africa summit on Tuesday. Leaders and officials from 48 African countries, including Kenya, Ghana and Tanzania, attended, alongside African Union Commission chairperson Moussa Faki.",
  parties="KR KE GH TZ AFU", forums="korea-africa-summit:1", areas="agriculture digital-technology",
  agr=[A("loan-or-aid", "pledged $10 billion in development aid", "KR", "", alt="commitment"),
       A("consensus", "agreed", "KR KE GH TZ AFU", "agriculture digital-technology")],
  amt=[M(10000000000, "USD")],
  dates=[D("June 4", "--06-04"), D("2030", "2030")])

P("en-039",
  "VIENNA, March 6 - The head of the International Atomic Energy Agency, Rafael Grossi, said on Monday he hoped Iran would honour an earlier pledge to restore monitoring cameras at its nuclear sites, and proposed a new round of technical talks in Tehran. Iran said it stood ready to cooperate with the agency, while France, Britain and Germany urged the IAEA board to increase pressure on Tehran.",
  parties="IAEA IR FR GB DE", cat="near",
  dates=[D("March 6", "--03-06")])

P("en-040",
  "BORGO EGNAZIA, Italy, June 13 - Group of Seven leaders agreed on Thursday to provide Ukraine with a $50 billion loan backed by profits from frozen Russian assets, U.S. President Joe Biden and Italian Prime Minister Giorgia Meloni said at the start of a summit in southern Italy. The G7 also pledged to mobilise more investment for energy infrastructure in Africa.",
  parties="IT UA RU US", forums="g7", areas="energy infrastructure investment-finance",
  agr=[A("loan-or-aid", "agreed on Thursday to provide Ukraine with a $50 billion loan", "US IT UA", "", alt="consensus"),
       A("commitment", "pledged", "US IT", "energy infrastructure investment-finance")],
  amt=[M(50000000000, "USD")],
  dates=[D("June 13", "--06-13")])

P("en-041",
  "KUALA LUMPUR, Oct 10 - Malaysia and Singapore did not sign an expected agreement on the Johor-Singapore Special Economic Zone at their annual leaders' retreat on Tuesday, as officials needed more time to settle tax incentives for investors and cross-border labour rules. Prime Minister Anwar Ibrahim said the two sides had made good progress, and Singapore's Lee Hsien Loong said negotiations would continue.",
  parties="MY SG", forums="malaysia-singapore-leaders-retreat", areas="investment-finance labour", cat="negated",
  dates=[D("Oct 10", "--10-10")])

P("en-042",
  "PARIS, Oct 12 - France and Mongolia signed agreements on Thursday for French nuclear group Orano to develop a uranium mine in the Gobi desert, during a visit by Mongolian President Ukhnaa Khurelsukh to Paris. President Emmanuel Macron and Khurelsukh also agreed to cooperate on climate adaptation and pledged to expand French language teaching in Mongolian schools.",
  parties="FR MN", areas="energy climate-environment education-culture",
  agr=[A("signing", "signed agreements", "FR MN", "energy"),
       A("consensus", "agreed", "FR MN", "climate-environment"),
       A("commitment", "pledged", "FR MN", "education-culture")],
  dates=[D("Oct 12", "--10-12")])

P("en-043",
  "BUENOS AIRES, Nov 19 - Libertarian outsider Javier Milei won Argentina's presidential run-off on Sunday with nearly 56% of the vote, promising to dollarise the economy and shut the central bank. The peso had lost more than half its value against the dollar this year, and annual inflation stood at 143%. Brazil's president congratulated the Argentine people but did not name the winner.",
  parties="AR BR", cat="distractor",
  dates=[D("Nov 19", "--11-19"), D("this year", None)])

P("en-044",
  "MANILA, Jan 30 - The Philippines and Vietnam signed a memorandum of understanding on Tuesday on preventing incidents in the South China Sea and strengthening coast guard cooperation, during a state visit to Hanoi by President Ferdinand Marcos Jr. The neighbours also signed a rice trade agreement under which Vietnam will supply up to 2 million tonnes of rice a year to the Philippines at affordable prices.",
  parties="PH VN", areas="defence-security agriculture trade",
  agr=[A("memorandum", "signed a memorandum of understanding", "PH VN", "defence-security", alt="signing"),
       A("signing", "signed a rice trade agreement", "PH VN", "agriculture trade")],
  dates=[D("Jan 30", "--01-30")])

P("en-045",
  "SEOUL, Nov 26 - Foreign ministers of South Korea, Japan and China met in Busan on Sunday for the first time since 2019 and discussed ways to hold a trilateral leaders' summit at the earliest possible date. South Korean Foreign Minister Park Jin said the three sides would continue to consult on the timing, while Chinese Foreign Minister Wang Yi proposed resuming trilateral cooperation on trade, technology and public health.",
  parties="KR JP CN", forums="china-japan-korea", areas="trade digital-technology health", cat="near",
  dates=[D("Nov 26", "--11-26"), D("2019", "2019")])

P("en-046",
  "MANILA, Dec 5 - The Asian Development Bank said on Tuesday it had signed a $400 million policy-based loan with Bangladesh to support reforms to the country's capital markets and banking sector, as well as a separate $55 million grant to expand clean drinking water supply in coastal districts hit by cyclones. The bank has committed about $27 billion to Bangladesh since 1973.",
  parties="ADB BD", areas="investment-finance infrastructure",
  agr=[A("loan-or-aid", "signed a $400 million policy-based loan", "ADB BD", "investment-finance", alt="signing"),
       A("loan-or-aid", "separate $55 million grant", "ADB BD", "infrastructure", alt="signing")],
  amt=[M(400000000, "USD"), M(55000000, "USD"), M(27000000000, "USD", True)],
  dates=[D("Dec 5", "--12-05"), D("1973", "1973")])

P("en-047",
  "BANGKOK, March 15 - Japan and Thailand agreed on Friday to speed up projects under the Joint Crediting Mechanism, which lets Japanese companies earn carbon credits by financing emissions cuts in Thailand, at the seventh meeting of the bilateral JCM joint committee. Japan's Environment Ministry said it would provide subsidies of up to 1.5 billion yen for solar power and waste-to-energy plants in the country this year.",
  parties="JP TH", forums="jcm:7", areas="climate-environment energy",
  agr=[A("consensus", "agreed", "JP TH", "climate-environment"),
       A("loan-or-aid", "would provide subsidies", "JP TH", "energy")],
  amt=[M(1500000000, "JPY")],
  dates=[D("March 15", "--03-15"), D("this year", None)])

P("en-048",
  "RIYADH, Sept 5 - India and Saudi Arabia are expected to sign agreements on energy, fertilisers and information technology when Crown Prince Mohammed bin Salman visits New Delhi next week, two officials said, adding that talks on a $50 billion west coast refinery project had not yet produced a deal. Bilateral trade reached $52.8 billion last year.",
  parties="IN SA", areas="energy agriculture digital-technology", cat="planned",
  agr=[A("signing", "are expected to sign agreements", "IN SA", "energy agriculture digital-technology")],
  amt=[M(50000000000, "USD"), M(52800000000, "USD")],
  dates=[D("Sept 5", "--09-05"), D("next week", None), D("last year", None)])

P("en-049",
  "ALMATY, May 11 - Armenian and Azerbaijani foreign ministers ended talks in Kazakhstan without signing a peace treaty, though both sides said progress had been made on delimiting their border. Kazakh President Kassym-Jomart Tokayev, who hosted the meeting, said he stood ready to facilitate further rounds, and the European Union and Russia urged the two countries not to miss the opportunity.",
  parties="AM AZ KZ EU RU", cat="negated",
  dates=[D("May 11", "--05-11")])

P("en-050",
  "NEW DELHI, Nov 20 - India and Australia signed a memorandum of understanding on Monday on the mutual recognition of standards and conformity assessment, at the second India-Australia 2+2 ministerial dialogue. Defence Minister Rajnath Singh and Australian Deputy Prime Minister Richard Marles also agreed to expand submarine rescue cooperation and joint scientific research in Antarctica, while External Affairs Minister S. Jaishankar proposed a new dialogue on cyber and digital technology.",
  parties="IN AU", forums="two-plus-two:2", areas="standards defence-security science digital-technology",
  agr=[A("memorandum", "signed a memorandum of understanding", "IN AU", "standards", alt="signing"),
       A("consensus", "agreed", "IN AU", "defence-security science")],
  dates=[D("Nov 20", "--11-20")])
