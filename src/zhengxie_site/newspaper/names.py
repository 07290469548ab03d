"""Whether a few characters look like a person's name: used only where print gives no role word to say so
(a brief signed `（王皓）` at its end). The common surnames cover most of the population; a rarer one
leaves the signature in the text, where the editor sees it, rather than inventing a byline. And the places
reporters file from, which are not names."""
from __future__ import annotations

from ..i18n import COMPOUND_SURNAMES

# About 250 common single-character surnames (well over nine in ten people bear one); compound ones: i18n
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路"
    "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# Where reporters file from (本报记者王晶晶北京报道, 记者 林若溪 北京报道): the place is not guessed from the name
FILING_PLACES = ("北京", "上海", "天津", "重庆", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "南京", "杭州",
                 "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明",
                 "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐", "香港", "澳门", "台北", "深圳", "厦门", "青岛",
                 "大连", "宁波", "苏州", "雄安")
NOT_NAMES = frozenset({"待续", "续完", "未完", "完", "节选", "摘编", "有删节", "全文完", "上", "下", "中"})


def looks_like_name(text: str) -> bool:
    """王皓, 欧阳明: two to four characters opening with a common surname."""
    if not 2 <= len(text) <= 4 or text in NOT_NAMES or not all("\u4e00" <= c <= "\u9fff" for c in text):
        return False
    if text[:2] in COMPOUND_SURNAMES:
        return len(text) >= 3
    return text[0] in COMMON_SURNAMES and len(text) <= 3
